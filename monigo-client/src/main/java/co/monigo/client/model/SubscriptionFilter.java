package co.monigo.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Which subscriptions to list: only the fields that are set are sent as query parameters. Start with
 * {@link #all()}.
 */
public record SubscriptionFilter(@Nullable String customerId, @Nullable String planId,
		@Nullable SubscriptionStatus status) {

	public SubscriptionFilter {
		if (status == SubscriptionStatus.UNKNOWN) {
			throw new IllegalArgumentException("status must be active, paused or canceled");
		}
	}

	/** No filter: every subscription. */
	public static SubscriptionFilter all() {
		return new SubscriptionFilter(null, null, null);
	}

	public SubscriptionFilter withCustomerId(String customerId) {
		return new SubscriptionFilter(Checks.requireText(customerId, "customer_id"), this.planId, this.status);
	}

	public SubscriptionFilter withPlanId(String planId) {
		return new SubscriptionFilter(this.customerId, Checks.requireText(planId, "plan_id"), this.status);
	}

	public SubscriptionFilter withStatus(SubscriptionStatus status) {
		return new SubscriptionFilter(this.customerId, this.planId, Checks.requireValue(status, "status"));
	}

}
