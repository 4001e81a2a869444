package co.monigo.client.model;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;

/**
 * A customer's aggregated usage of one metric over one period: {@code value} is the metric's aggregation
 * ({@code count}, {@code sum}, {@code max}, ...) of the {@code eventCount} events received.
 *
 * @param aggregation the metric's aggregation; {@code UNKNOWN} for one this client does not know
 * @param value the aggregated value; a JSON number on the wire, read exactly
 * @param isTest whether the rollup comes from test-mode events
 */
public record UsageRollup(String id, String orgId, String customerId, String metricId, Instant periodStart,
		Instant periodEnd, Aggregation aggregation, @JsonFormat(shape = JsonFormat.Shape.NUMBER) BigDecimal value, long eventCount, @Nullable Instant lastEventAt,
		boolean isTest, Instant createdAt, Instant updatedAt) {
}
