package co.monigo.metering;

import java.util.List;

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

	/** The pipeline gave up on this event before Monigo saw it. */
	void dropped(IngestEvent event, DropReason reason);

}
