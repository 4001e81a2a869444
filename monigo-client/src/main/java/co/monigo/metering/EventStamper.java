package co.monigo.metering;

import java.time.Instant;

import co.monigo.client.model.IngestEvent;

/**
 * Validates an event and gives it what delivery needs: a timestamp and an idempotency key, assigned
 * once, at record time, so every attempt to deliver the event carries the same key.
 */
final class EventStamper {

	private final IdempotencyKeyGenerator keys = new IdempotencyKeyGenerator();

	IngestEvent stamp(IngestEvent event) {
		EventValidator.check(event);
		if (event.idempotencyKey() != null && event.timestamp() != null) {
			return event;
		}
		return new IngestEvent(event.eventName(), event.customerId(),
				(event.idempotencyKey() != null) ? event.idempotencyKey() : this.keys.next(),
				(event.timestamp() != null) ? event.timestamp() : Instant.now(), event.properties());
	}

}
