package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.Alert;
import co.monigo.client.model.AlertScope;
import co.monigo.client.model.AlertThreshold;
import co.monigo.client.model.AlertType;
import co.monigo.client.model.Metric;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.SubscriptionStatus;

/**
 * Evaluates the enabled {@code usage_exceeded} alerts after an ingest: the usage of the alert's metric
 * by each customer in scope over the current period (the subscription's, or the calendar month for a
 * customer without one), against each threshold; a threshold fires once per customer. Cost and balance
 * alerts are stored and served but not evaluated.
 */
final class AlertEvaluation {

	private AlertEvaluation() {
	}

	/** The data of each {@code alert.triggered} event that fires now. */
	static List<JsonNode> fired(ModeStore store, Instant now) {
		List<JsonNode> fired = new ArrayList<>();
		for (Alert alert : store.alerts.all()) {
			Metric metric = (alert.metricId() != null) ? store.metrics.get(alert.metricId()) : null;
			if (!alert.enabled() || alert.type() != AlertType.USAGE_EXCEEDED || metric == null) {
				continue;
			}
			periods(store, alert, now).forEach((customerId, period) -> {
				BigDecimal usage = UsageAggregator.usage(metric, customerId, period, store.events).value();
				for (AlertThreshold threshold : alert.thresholds()) {
					if (usage.compareTo(threshold.value()) >= 0
							&& store.alerts.fire(alert.id(), customerId, threshold.value().toPlainString())) {
						fired.add(data(alert, customerId, threshold, usage));
					}
				}
			});
		}
		return fired;
	}

	/** The customers an alert watches, each with the period its usage is counted over. */
	private static Map<String, BillingPeriods.Period> periods(ModeStore store, Alert alert, Instant now) {
		Map<String, BillingPeriods.Period> periods = new LinkedHashMap<>();
		if (alert.scope() == AlertScope.CUSTOMER) {
			Subscription active = store.subscriptions.values()
				.stream()
				.filter((subscription) -> subscription.customerId().equals(alert.scopeId())
						&& subscription.status() == SubscriptionStatus.ACTIVE)
				.findFirst()
				.orElse(null);
			periods.put(alert.scopeId(), (active != null) ? period(active) : BillingPeriods.monthOf(now));
		}
		else if (alert.scope() == AlertScope.SUBSCRIPTION) {
			Subscription subscription = store.subscriptions.get(alert.scopeId());
			if (subscription != null) {
				periods.put(subscription.customerId(), period(subscription));
			}
		}
		else if (alert.scope() == AlertScope.PLAN) {
			store.subscriptions.values()
				.stream()
				.filter((subscription) -> subscription.planId().equals(alert.scopeId())
						&& subscription.status() == SubscriptionStatus.ACTIVE)
				.forEach((subscription) -> periods.put(subscription.customerId(), period(subscription)));
		}
		return periods;
	}

	private static BillingPeriods.Period period(Subscription subscription) {
		return new BillingPeriods.Period(subscription.currentPeriodStart(), subscription.currentPeriodEnd());
	}

	private static JsonNode data(Alert alert, String customerId, AlertThreshold threshold, BigDecimal usage) {
		ObjectNode data = MonigoJson.mapper().createObjectNode();
		data.set("alert", MonigoJson.mapper().valueToTree(alert));
		data.put("customer_id", customerId);
		data.set("threshold", MonigoJson.mapper().valueToTree(threshold));
		data.put("value", usage.toPlainString());
		return data;
	}

}
