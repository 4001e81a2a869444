package co.monigo.client.model;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A billing plan: its currency (ISO 4217), type, billing period and one price per metric it charges.
 * {@code prices} is empty, never null, when the plan has none.
 */
public record Plan(String id, @Nullable String orgId, String name, @Nullable String description, String currency,
		PlanType planType, BillingPeriod billingPeriod, int trialPeriodDays, List<Price> prices,
		@Nullable Instant createdAt, @Nullable Instant updatedAt) {

	public Plan {
		prices = (prices != null) ? List.copyOf(prices) : List.of();
	}

}
