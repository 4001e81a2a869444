package co.monigo.test.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.monigo.client.model.Customer;
import co.monigo.client.model.Metric;
import co.monigo.client.model.Subscription;

/**
 * What {@code GET /_emulator/state} shows: the emulator's now, and for each mode its customers,
 * metrics, plans, subscriptions (periods brought up to now), usage per customer and metric over the
 * current calendar month, invoices, wallets and portal tokens (without their secret), so a developer sees
 * what an application did. Read under each mode's lock, so each mode's part is consistent.
 */
final class EmulatorState {

	private EmulatorState() {
	}

	static Map<String, Object> of(Store store, Instant now) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("now", now);
		for (ModeStore mode : store.both()) {
			synchronized (mode) {
				state.put(mode.mode.name().toLowerCase(Locale.ROOT), modeState(mode, now));
			}
		}
		return state;
	}

	private static Map<String, Object> modeState(ModeStore store, Instant now) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("customers", List.copyOf(store.customers.values()));
		state.put("metrics", List.copyOf(store.metrics.values()));
		state.put("plans", List.copyOf(store.plans.values()));
		state.put("subscriptions", subscriptions(store, now));
		state.put("usage", usage(store, BillingPeriods.monthOf(now)));
		state.put("events_received", store.events.size());
		state.put("invoices", List.copyOf(store.invoices.values()));
		state.put("wallets", List.copyOf(store.wallets.values()));
		state.put("portal_tokens", store.portalTokens.values()
			.stream()
			.map((token) -> {
				Map<String, Object> shown = new LinkedHashMap<>();
				shown.put("id", token.id());
				shown.put("customer_id", token.customerId());
				shown.put("label", token.label());
				shown.put("expires_at", token.expiresAt());
				shown.put("revoked_at", token.revokedAt());
				return shown;
			})
			.toList());
		return state;
	}

	private static List<Subscription> subscriptions(ModeStore store, Instant now) {
		return List.copyOf(store.subscriptions.values())
			.stream()
			.map((subscription) -> SubscriptionPeriods.current(store, subscription, now))
			.toList();
	}

	/** One entry per customer and metric with events in the period. */
	private static List<Map<String, Object>> usage(ModeStore store, BillingPeriods.Period period) {
		List<Map<String, Object>> usage = new ArrayList<>();
		for (Customer customer : store.customers.values()) {
			for (Metric metric : store.metrics.values()) {
				UsageAggregator.Usage used = UsageAggregator.usage(metric, customer.id(), period, store.events);
				if (used.eventCount() == 0) {
					continue;
				}
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("customer_id", customer.id());
				entry.put("customer_external_id", customer.externalId());
				entry.put("metric_id", metric.id());
				entry.put("metric_name", metric.name());
				entry.put("period_start", period.start());
				entry.put("period_end", period.end());
				entry.put("value", used.value());
				entry.put("event_count", used.eventCount());
				entry.put("last_event_at", used.lastEventAt());
				usage.add(entry);
			}
		}
		return usage;
	}

}
