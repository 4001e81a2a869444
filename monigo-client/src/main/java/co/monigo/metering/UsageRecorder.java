package co.monigo.metering;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;

import co.monigo.client.model.IngestEvent;

/**
 * Records usage events for delivery to Monigo.
 * <p>
 * {@link #record} validates the event, stamps its timestamp and idempotency key when absent, and hands
 * it to the pipeline: it never waits for Monigo and never throws because of a delivery problem (an
 * event that cannot be buffered is counted and given to the {@link DeadLetterHandler}). Thread-safe.
 */
public interface UsageRecorder {

	/**
	 * Records one event.
	 * @return the event as it will be sent, with its timestamp and idempotency key
	 * @throws IllegalArgumentException if the event is invalid; the message names the field
	 */
	IngestEvent record(IngestEvent event);

	/**
	 * Records several events, each as {@link #record} would.
	 * @throws IllegalArgumentException if any event is invalid; none is recorded then
	 */
	default void recordAll(Collection<IngestEvent> events) {
		events.forEach(EventValidator::check);
		events.forEach(this::record);
	}

	/**
	 * Completes when every event recorded before this call is delivered or accounted for (rejected or
	 * dropped). Sends buffered events at once instead of waiting for the linger interval.
	 */
	CompletableFuture<Void> flush();

	/** The pipeline's state and counters at this moment. */
	IngestStatus status();

}
