package co.monigo.test.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Plan;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.SubscriptionStatus;

/**
 * {@code /v1/subscriptions}: create, list (filtered by {@code customer_id}, {@code plan_id},
 * {@code status}), get, change status, delete. By default a customer holds at most one active
 * subscription per plan type: creating or resuming a second answers 409 (unless the emulator allows
 * several). A canceled subscription can no longer change (409). The customer and the plan must exist
 * (404). The current period is the calendar period of the plan's billing period that holds the
 * emulator's now (see {@link SubscriptionPeriods}).
 */
final class SubscriptionHandler {

	private final boolean severalActive;

	SubscriptionHandler(boolean severalActive) {
		this.severalActive = severalActive;
	}

	Reply create(Call call) {
		CreateSubscriptionRequest request = call.body(CreateSubscriptionRequest.class);
		ModeStore store = call.store();
		store.customer(request.customerId());
		Plan plan = store.plan(request.planId());
		requireNoOtherActive(store, request.customerId(), plan, null);
		Instant now = call.now();
		BillingPeriods.Period period = BillingPeriods.holding(plan.billingPeriod(), now);
		Subscription subscription = new Subscription(Ids.uuid(), Ids.ORG_ID, request.customerId(), plan.id(),
				SubscriptionStatus.ACTIVE, period.start(), period.end(), null, now, now);
		store.subscriptions.put(subscription.id(), subscription);
		return Reply.created("subscription", subscription);
	}

	Reply list(Call call) {
		String customerId = call.query("customer_id");
		String planId = call.query("plan_id");
		String status = call.query("status");
		List<Subscription> subscriptions = List.copyOf(call.store().subscriptions.values())
			.stream()
			.map((subscription) -> SubscriptionPeriods.current(call.store(), subscription, call.now()))
			.filter((subscription) -> customerId == null || customerId.equals(subscription.customerId()))
			.filter((subscription) -> planId == null || planId.equals(subscription.planId()))
			.filter((subscription) -> status == null || status.equalsIgnoreCase(subscription.status().name()))
			.toList();
		return Reply.list("subscriptions", subscriptions);
	}

	Reply get(Call call) {
		return Reply.ok("subscription",
				SubscriptionPeriods.current(call.store(), call.store().subscription(call.path("id")), call.now()));
	}

	/** {@code {"status": "active" | "paused" | "canceled"}}. */
	Reply updateStatus(Call call) {
		ModeStore store = call.store();
		Subscription current = SubscriptionPeriods.current(store, store.subscription(call.path("id")), call.now());
		SubscriptionStatus status = status(call.json().get("status"));
		if (current.status() == SubscriptionStatus.CANCELED && status != SubscriptionStatus.CANCELED) {
			throw ApiError.conflict("subscription " + current.id() + " is canceled and can no longer change");
		}
		if (status == SubscriptionStatus.ACTIVE && current.status() != SubscriptionStatus.ACTIVE) {
			Plan plan = store.plans.get(current.planId());
			if (plan != null) {
				requireNoOtherActive(store, current.customerId(), plan, current.id());
			}
		}
		Subscription updated = new Subscription(current.id(), current.orgId(), current.customerId(), current.planId(),
				status, current.currentPeriodStart(), current.currentPeriodEnd(), current.trialEndsAt(),
				current.createdAt(), call.now());
		store.subscriptions.put(updated.id(), updated);
		return Reply.ok("subscription", updated);
	}

	Reply delete(Call call) {
		Subscription subscription = call.store().subscription(call.path("id"));
		call.store().subscriptions.remove(subscription.id());
		return Reply.noContent();
	}

	private static SubscriptionStatus status(@Nullable JsonNode value) {
		if (value == null || !value.isString()) {
			throw ApiError.invalidField("status", "is required: active, paused or canceled");
		}
		try {
			SubscriptionStatus status = SubscriptionStatus.valueOf(value.asString().toUpperCase(Locale.ROOT));
			if (status != SubscriptionStatus.UNKNOWN) {
				return status;
			}
		}
		catch (IllegalArgumentException unknown) {
			// answered below
		}
		throw ApiError.invalidField("status", "must be active, paused or canceled, was '" + value.asString() + "'");
	}

	private void requireNoOtherActive(ModeStore store, String customerId, Plan plan, @Nullable String except) {
		if (this.severalActive) {
			return;
		}
		for (Subscription other : store.subscriptions.values()) {
			if (other.status() != SubscriptionStatus.ACTIVE || !other.customerId().equals(customerId)
					|| other.id().equals(except)) {
				continue;
			}
			Plan otherPlan = store.plans.get(other.planId());
			if (otherPlan != null && otherPlan.planType() == plan.planType()) {
				throw ApiError.conflict("customer " + customerId + " already has an active "
						+ plan.planType().name().toLowerCase(Locale.ROOT) + " subscription: " + other.id());
			}
		}
	}

}
