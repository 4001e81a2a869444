package co.monigo.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which usage rollups to read: only the fields that are set are sent as query parameters, and without
 * {@code from} and {@code to} the server answers for the current billing period. Start with
 * {@link #currentPeriod()}.
 *
 * @param customerId optional: only this customer's usage
 * @param metricId optional: only this metric's usage
 * @param from optional start of the time range; must not be after {@code to}
 * @param to optional end of the time range
 */
public record UsageQuery(@Nullable String customerId, @Nullable String metricId, @Nullable Instant from,
		@Nullable Instant to) {

	public UsageQuery {
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("from must not be after to, was from " + from + " to " + to);
		}
	}

	/** Every customer's usage of every metric in the current billing period. */
	public static UsageQuery currentPeriod() {
		return new UsageQuery(null, null, null, null);
	}

	public UsageQuery withCustomerId(String customerId) {
		return new UsageQuery(Checks.requireText(customerId, "customer_id"), this.metricId, this.from, this.to);
	}

	public UsageQuery withMetricId(String metricId) {
		return new UsageQuery(this.customerId, Checks.requireText(metricId, "metric_id"), this.from, this.to);
	}

	public UsageQuery withFrom(Instant from) {
		return new UsageQuery(this.customerId, this.metricId, Checks.requireValue(from, "from"), this.to);
	}

	public UsageQuery withTo(Instant to) {
		return new UsageQuery(this.customerId, this.metricId, this.from, Checks.requireValue(to, "to"));
	}

}
