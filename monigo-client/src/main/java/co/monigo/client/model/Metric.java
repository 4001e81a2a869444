package co.monigo.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A metric: which events count as usage ({@code eventName}) and how they are aggregated.
 * {@code aggregationProperty} names the event property read by every aggregation but {@code count}.
 */
public record Metric(String id, @Nullable String orgId, String name, String eventName, Aggregation aggregation,
		@Nullable String aggregationProperty, @Nullable String description, @Nullable Instant createdAt,
		@Nullable Instant updatedAt) {
}
