package co.monigo.metering;

import java.util.List;
import java.util.Map;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.IngestEvent;

/**
 * Receives every recorded event that will not reach Monigo, whole, so it can be stored and replayed
 * (each keeps its idempotency key, so a replay cannot double count). Called from the pipeline's
 * threads, and from the recording thread for an event dropped at record time: keep it fast, and
 * don't throw (an exception is logged and ignored).
 */
public interface DeadLetterHandler {

	/** Monigo refused these events (a 400, 413 or 422 that isolated them). */
	void rejected(List<IngestEvent> events, MonigoApiException cause);

	/**
	 * Monigo refused these events; {@code reasons} holds, by idempotency key, the reason Monigo gave for
	 * each event it named (empty when it named none). Calls {@link #rejected(List, MonigoApiException)}
	 * unless overridden.
	 */
	default void rejected(List<IngestEvent> events, MonigoApiException cause, Map<String, String> reasons) {
		rejected(events, cause);
	}

	/** The pipeline gave up on this event before Monigo saw it. */
	void dropped(IngestEvent event, DropReason reason);

	/**
	 * These events' request was on its way when the shutdown timeout ran out, with the journal off: Monigo
	 * may or may not have them (a replay with their keys is harmless). Does nothing unless overridden.
	 */
	default void outcomeUnknown(List<IngestEvent> events) {
	}

	/**
	 * Called regularly by the pipeline, and once when it stops, so a handler that sums up can write out
	 * what it holds. Does nothing unless overridden.
	 */
	default void flush() {
	}

}
