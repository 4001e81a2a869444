package co.monigo.client.model;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of a plan update: only the fields that are set are sent and changed. Each of
 * {@code prices} changes the price it names by id, or adds a price when it has no id.
 */
public record UpdatePlanRequest(@Nullable String name, @Nullable String description, @Nullable String currency,
		@Nullable PlanType planType, @Nullable BillingPeriod billingPeriod, @Nullable Integer trialPeriodDays,
		@Nullable List<UpdatePriceRequest> prices) {

	public UpdatePlanRequest {
		if (planType != null) {
			Checks.requireKnown(planType, "plan_type");
		}
		if (billingPeriod != null) {
			Checks.requireKnown(billingPeriod, "billing_period");
		}
		if (trialPeriodDays != null && trialPeriodDays < 0) {
			throw new IllegalArgumentException("trial_period_days must not be negative, was " + trialPeriodDays);
		}
		prices = (prices != null) ? List.copyOf(prices) : null;
	}

	/** An update that changes nothing yet. */
	public static UpdatePlanRequest empty() {
		return new UpdatePlanRequest(null, null, null, null, null, null, null);
	}

	public UpdatePlanRequest withName(String name) {
		return new UpdatePlanRequest(Checks.requireText(name, "name"), this.description, this.currency, this.planType,
				this.billingPeriod, this.trialPeriodDays, this.prices);
	}

	public UpdatePlanRequest withDescription(String description) {
		return new UpdatePlanRequest(this.name, description, this.currency, this.planType, this.billingPeriod,
				this.trialPeriodDays, this.prices);
	}

	public UpdatePlanRequest withCurrency(String currency) {
		return new UpdatePlanRequest(this.name, this.description, Checks.requireText(currency, "currency"),
				this.planType, this.billingPeriod, this.trialPeriodDays, this.prices);
	}

	public UpdatePlanRequest withPlanType(PlanType planType) {
		return new UpdatePlanRequest(this.name, this.description, this.currency,
				Checks.requireKnown(planType, "plan_type"), this.billingPeriod, this.trialPeriodDays, this.prices);
	}

	public UpdatePlanRequest withBillingPeriod(BillingPeriod billingPeriod) {
		return new UpdatePlanRequest(this.name, this.description, this.currency, this.planType,
				Checks.requireKnown(billingPeriod, "billing_period"), this.trialPeriodDays, this.prices);
	}

	/** The days of trial a new subscription of the plan starts with; 0 for none. */
	public UpdatePlanRequest withTrialPeriodDays(int trialPeriodDays) {
		return new UpdatePlanRequest(this.name, this.description, this.currency, this.planType, this.billingPeriod,
				trialPeriodDays, this.prices);
	}

	/** Replaces the prices to change or add. */
	public UpdatePlanRequest withPrices(List<UpdatePriceRequest> prices) {
		return new UpdatePlanRequest(this.name, this.description, this.currency, this.planType, this.billingPeriod,
				this.trialPeriodDays, Checks.requireValue(prices, "prices"));
	}

	/** Adds one price to change or add. */
	public UpdatePlanRequest withPrice(UpdatePriceRequest price) {
		List<UpdatePriceRequest> more = new ArrayList<>((this.prices != null) ? this.prices : List.of());
		more.add(Checks.requireValue(price, "prices[]"));
		return withPrices(more);
	}

}
