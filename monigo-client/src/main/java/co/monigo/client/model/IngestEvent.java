package co.monigo.client.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
 * exactly (only at the top level of the properties). A property whose value is {@code null} is left out
 * of the event (a {@code @Metered} expression that finds no value records the usage without it), and
 * {@code withProperty(name, null)} removes the property.
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
		properties = (properties != null) ? withoutNullValues(properties) : null;
	}

	/** Map.copyOf, which keeps an immutable map as it is, unless a value is null: those are left out. */
	private static Map<String, Object> withoutNullValues(Map<String, Object> properties) {
		for (Object value : properties.values()) {
			if (value == null) {
				Map<String, Object> present = new LinkedHashMap<>(properties);
				present.values().removeIf(Objects::isNull);
				return Map.copyOf(present);
			}
		}
		return Map.copyOf(properties);
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

	/** Replaces all the properties; those whose value is null are left out. */
	public IngestEvent withProperties(Map<String, Object> properties) {
		return new IngestEvent(this.eventName, this.customerId, this.idempotencyKey, this.timestamp,
				Checks.requireValue(properties, "properties"));
	}

	/** Adds one property, or replaces the one of that name; a null value removes it. */
	public IngestEvent withProperty(String name, @Nullable Object value) {
		Map<String, Object> more = new LinkedHashMap<>((this.properties != null) ? this.properties : Map.of());
		more.put(Checks.requireText(name, "property name"), value);
		return withProperties(more);
	}

}
