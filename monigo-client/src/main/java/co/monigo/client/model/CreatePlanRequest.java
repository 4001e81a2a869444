package co.monigo.client.model;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of a plan creation. Start with {@link #of(String)}, add optional fields with the {@code with}
 * methods. What is left out takes the server's default: currency NGN, plan type collection, billing
 * period monthly, no prices.
 *
 * @param name the plan's display name
 * @param description optional documentation
 * @param currency ISO 4217 code, e.g. "NGN"
 * @param planType whether the plan bills customers or pays them out
 * @param billingPeriod how often subscriptions are invoiced
 * @param trialPeriodDays the days of trial a new subscription starts with
 * @param prices the prices to attach, one per metric
 */
public record CreatePlanRequest(String name, @Nullable String description, @Nullable String currency,
		@Nullable PlanType planType, @Nullable BillingPeriod billingPeriod, @Nullable Integer trialPeriodDays,
		@Nullable List<CreatePriceRequest> prices) {

	public CreatePlanRequest {
		Checks.requireText(name, "name");
		if (currency != null) {
			Checks.requireText(currency, "currency");
		}
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

	public static CreatePlanRequest of(String name) {
		return new CreatePlanRequest(name, null, null, null, null, null, null);
	}

	public CreatePlanRequest withDescription(String description) {
		return new CreatePlanRequest(this.name, description, this.currency, this.planType, this.billingPeriod,
				this.trialPeriodDays, this.prices);
	}

	public CreatePlanRequest withCurrency(String currency) {
		return new CreatePlanRequest(this.name, this.description, Checks.requireText(currency, "currency"),
				this.planType, this.billingPeriod, this.trialPeriodDays, this.prices);
	}

	public CreatePlanRequest withPlanType(PlanType planType) {
		return new CreatePlanRequest(this.name, this.description, this.currency,
				Checks.requireKnown(planType, "plan_type"), this.billingPeriod, this.trialPeriodDays, this.prices);
	}

	public CreatePlanRequest withBillingPeriod(BillingPeriod billingPeriod) {
		return new CreatePlanRequest(this.name, this.description, this.currency, this.planType,
				Checks.requireKnown(billingPeriod, "billing_period"), this.trialPeriodDays, this.prices);
	}

	/** The days of trial a new subscription of the plan starts with; 0 for none. */
	public CreatePlanRequest withTrialPeriodDays(int trialPeriodDays) {
		return new CreatePlanRequest(this.name, this.description, this.currency, this.planType, this.billingPeriod,
				trialPeriodDays, this.prices);
	}

	/** Replaces the prices to attach. */
	public CreatePlanRequest withPrices(List<CreatePriceRequest> prices) {
		return new CreatePlanRequest(this.name, this.description, this.currency, this.planType, this.billingPeriod,
				this.trialPeriodDays, Checks.requireValue(prices, "prices"));
	}

	/** Adds one price to those to attach. */
	public CreatePlanRequest withPrice(CreatePriceRequest price) {
		List<CreatePriceRequest> more = new ArrayList<>((this.prices != null) ? this.prices : List.of());
		more.add(Checks.requireValue(price, "prices[]"));
		return withPrices(more);
	}

}
