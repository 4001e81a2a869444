package co.monigo.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Which alerts to list, and which page: only the fields that are set are sent as query parameters.
 * Start with {@link #all()}.
 */
public record AlertFilter(@Nullable AlertType type, @Nullable AlertScope scope, @Nullable String customerId,
		@Nullable String subscriptionId, @Nullable String planId, @Nullable Integer limit, @Nullable Integer offset) {

	public AlertFilter {
		if (type != null) {
			Checks.requireKnown(type, "type");
		}
		if (scope != null) {
			Checks.requireKnown(scope, "scope");
		}
		if (limit != null && limit < 1) {
			throw new IllegalArgumentException("limit must be positive, was " + limit);
		}
		if (offset != null && offset < 0) {
			throw new IllegalArgumentException("offset must not be negative, was " + offset);
		}
	}

	/** No filter: every alert, in the server's default page. */
	public static AlertFilter all() {
		return new AlertFilter(null, null, null, null, null, null, null);
	}

	public AlertFilter withType(AlertType type) {
		return new AlertFilter(Checks.requireValue(type, "type"), this.scope, this.customerId, this.subscriptionId,
				this.planId, this.limit, this.offset);
	}

	public AlertFilter withScope(AlertScope scope) {
		return new AlertFilter(this.type, Checks.requireValue(scope, "scope"), this.customerId, this.subscriptionId,
				this.planId, this.limit, this.offset);
	}

	public AlertFilter withCustomerId(String customerId) {
		return new AlertFilter(this.type, this.scope, Checks.requireText(customerId, "customer_id"),
				this.subscriptionId, this.planId, this.limit, this.offset);
	}

	public AlertFilter withSubscriptionId(String subscriptionId) {
		return new AlertFilter(this.type, this.scope, this.customerId,
				Checks.requireText(subscriptionId, "subscription_id"), this.planId, this.limit, this.offset);
	}

	public AlertFilter withPlanId(String planId) {
		return new AlertFilter(this.type, this.scope, this.customerId, this.subscriptionId,
				Checks.requireText(planId, "plan_id"), this.limit, this.offset);
	}

	/** A page: at most {@code limit} alerts, after skipping {@code offset}. */
	public AlertFilter withPage(int limit, int offset) {
		return new AlertFilter(this.type, this.scope, this.customerId, this.subscriptionId, this.planId, limit,
				offset);
	}

}
