package co.monigo.test.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.BillingPeriod;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreatePriceRequest;
import co.monigo.client.model.Plan;
import co.monigo.client.model.PlanType;
import co.monigo.client.model.Price;
import co.monigo.client.model.UpdatePlanRequest;
import co.monigo.client.model.UpdatePriceRequest;
import co.monigo.pricing.InvalidPriceException;
import co.monigo.pricing.PriceValidator;

/**
 * {@code /v1/plans}: create, list, get, update, delete. Every price must name an existing metric and
 * pass the project's {@link PriceValidator}; otherwise 400 with one detail per price at fault
 * ({@code prices[i]} or {@code prices[i].metric_id}). Defaults: currency NGN, plan type collection,
 * billing period monthly, no trial.
 */
final class PlanHandler {

	private static final String DEFAULT_CURRENCY = "NGN";

	private final PriceValidator validator = new PriceValidator();

	Reply create(Call call) {
		return Reply.created("plan", create(call.store(), Ids.uuid(), call.body(CreatePlanRequest.class), call.now()));
	}

	/** Stores a new plan with this id, its prices checked; 400 naming each price at fault. */
	Plan create(ModeStore store, String planId, CreatePlanRequest request, Instant now) {
		List<Price> prices = new ArrayList<>();
		List<CreatePriceRequest> requested = (request.prices() != null) ? request.prices() : List.of();
		for (CreatePriceRequest price : requested) {
			prices.add(new Price(Ids.uuid(), planId, price.metricId(), price.model(), price.unitPrice(),
					price.tiers(), now, now));
		}
		check(store, prices);
		Plan plan = new Plan(planId, Ids.ORG_ID, request.name(), request.description(),
				(request.currency() != null) ? request.currency() : DEFAULT_CURRENCY,
				(request.planType() != null) ? request.planType() : PlanType.COLLECTION,
				(request.billingPeriod() != null) ? request.billingPeriod() : BillingPeriod.MONTHLY,
				(request.trialPeriodDays() != null) ? request.trialPeriodDays() : 0, prices, now, now);
		store.plans.put(planId, plan);
		return plan;
	}

	Reply list(Call call) {
		return Reply.list("plans", List.copyOf(call.store().plans.values()));
	}

	Reply get(Call call) {
		return Reply.ok("plan", call.store().plan(call.path("id")));
	}

	/** Changes the fields given; a price with an id changes that price, one without is added. */
	Reply update(Call call) {
		Plan current = call.store().plan(call.path("id"));
		UpdatePlanRequest request = call.body(UpdatePlanRequest.class);
		Instant now = call.now();
		List<Price> prices = new ArrayList<>(current.prices());
		List<UpdatePriceRequest> changes = (request.prices() != null) ? request.prices() : List.of();
		Map<String, String> problems = new LinkedHashMap<>();
		for (int i = 0; i < changes.size(); i++) {
			UpdatePriceRequest change = changes.get(i);
			if (change.id() == null) {
				if (change.metricId() == null || change.model() == null) {
					problems.put("prices[" + i + "]", "a new price needs metric_id and model");
					continue;
				}
				prices.add(new Price(Ids.uuid(), current.id(), change.metricId(), change.model(),
						change.unitPrice(), change.tiers(), now, now));
				continue;
			}
			int at = indexOf(prices, change.id());
			if (at < 0) {
				problems.put("prices[" + i + "].id", "price " + change.id() + " is not a price of plan " + current.id());
				continue;
			}
			Price old = prices.get(at);
			prices.set(at, new Price(old.id(), old.planId(), or(change.metricId(), old.metricId()),
					(change.model() != null) ? change.model() : old.model(), or(change.unitPrice(), old.unitPrice()),
					or(change.tiers(), old.tiers()), old.createdAt(), now));
		}
		if (!problems.isEmpty()) {
			throw ApiError.validation("invalid prices", problems);
		}
		check(call.store(), prices);
		Plan updated = new Plan(current.id(), current.orgId(), or(request.name(), current.name()),
				or(request.description(), current.description()), or(request.currency(), current.currency()),
				or(request.planType(), current.planType()), or(request.billingPeriod(), current.billingPeriod()),
				or(request.trialPeriodDays(), current.trialPeriodDays()), prices, current.createdAt(), now);
		call.store().plans.put(updated.id(), updated);
		return Reply.ok("plan", updated);
	}

	Reply delete(Call call) {
		Plan plan = call.store().plan(call.path("id"));
		call.store().plans.remove(plan.id());
		return Reply.noContent();
	}

	/** Refuses prices whose metric does not exist or that the validator refuses, naming each. */
	private void check(ModeStore store, List<Price> prices) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (int i = 0; i < prices.size(); i++) {
			Price price = prices.get(i);
			if (price.metricId() == null || !store.metrics.containsKey(price.metricId())) {
				problems.put("prices[" + i + "].metric_id", "metric " + price.metricId() + " does not exist");
			}
			try {
				this.validator.validate(price);
			}
			catch (InvalidPriceException invalid) {
				problems.put("prices[" + i + "]", invalid.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw ApiError.validation("invalid prices: " + String.join("; ", problems.values()), problems);
		}
	}

	private static int indexOf(List<Price> prices, String id) {
		for (int i = 0; i < prices.size(); i++) {
			if (id.equals(prices.get(i).id())) {
				return i;
			}
		}
		return -1;
	}

	private static <T> T or(@Nullable T wanted, T current) {
		return (wanted != null) ? wanted : current;
	}

}
