package co.monigo.client.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One usage event to ingest. Start with {@link #of(String, String)}, add optional fields with the
 * {@code with} methods.
 * <p>
 * The server de-duplicates events by {@code idempotencyKey}, so give each event a key that stays the
 * same however often it is sent, e.g. {@code {customer}_{event}_{request id}}. An event without a key is
 * accepted but cannot be de-duplicated. An event without a timestamp is stamped with the current time
 * when it is sent. Quantities in {@code properties} are written as JSON numbers, a {@code BigDecimal}
 * exactly (only at the top level of the properties).
 *
 * @param eventName the name of the event, e.g. "api_call"; metrics select events by it
 * @param customerId the Monigo id of the customer the usage belongs to
 * @param idempotencyKey the key the server de-duplicates by
 * @param timestamp when the usage happened; backdated events are accepted within the replay window
 * @param properties the event's dimensions and quantities, e.g. {@code tokens: 1500}
 */
public record IngestEvent(String eventName, String customerId, @Nullable String idempotencyKey,
		@Nullable Instant timestamp,
		@JsonSerialize(contentUsing = EventPropertySerializer.class) @Nullable Map<String, Object> properties) {

	public IngestEvent {
		Checks.requireText(eventName, "event_name");
		Checks.requireText(customerId, "customer_id");
		if (idempotencyKey != null) {
			Checks.requireText(idempotencyKey, "idempotency_key");
		}
		properties = (properties != null) ? Map.copyOf(properties) : null;
	}

	public static IngestEvent of(String eventName, String customerId) {
		return new IngestEvent(eventName, customerId, null, null, null);
	}

	public IngestEvent withIdempotencyKey(String idempotencyKey) {
		return new IngestEvent(this.eventName, this.customerId, Checks.requireText(idempotencyKey, "idempotency_key"),
				this.timestamp, this.properties);
	}

	public IngestEvent withTimestamp(Instant timestamp) {
		return new IngestEvent(this.eventName, this.customerId, this.idempotencyKey,
				Checks.requireValue(timestamp, "timestamp"), this.properties);
	}

	/** Replaces all the properties. */
	public IngestEvent withProperties(Map<String, Object> properties) {
		return new IngestEvent(this.eventName, this.customerId, this.idempotencyKey, this.timestamp,
				Checks.requireValue(properties, "properties"));
	}

	/** Adds one property, or replaces the one of that name. */
	public IngestEvent withProperty(String name, Object value) {
		Map<String, Object> more = new LinkedHashMap<>((this.properties != null) ? this.properties : Map.of());
		more.put(Checks.requireText(name, "property name"), Checks.requireValue(value, "properties." + name));
		return withProperties(more);
	}

}
