package co.monigo.test.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import co.monigo.client.model.Customer;
import co.monigo.client.model.Metric;
import co.monigo.client.model.UsageRollup;

/**
 * {@code GET /v1/usage}: one rollup per customer and metric, computed now from the stored events (see
 * {@link UsageAggregator}). Without {@code from} and {@code to} the range is the current calendar month
 * (UTC). A customer and metric pair with no event in the range is left out, unless both were asked
 * for by id. An unknown {@code customer_id} or {@code metric_id} answers 404.
 */
final class UsageHandler {

	Reply query(Call call) {
		ModeStore store = call.store();
		String customerId = call.query("customer_id");
		String metricId = call.query("metric_id");
		BillingPeriods.Period month = BillingPeriods.monthOf(call.now());
		Instant from = call.queryInstant("from");
		Instant to = call.queryInstant("to");
		BillingPeriods.Period period = new BillingPeriods.Period((from != null) ? from : month.start(),
				(to != null) ? to : month.end());
		if (period.start().isAfter(period.end())) {
			throw ApiError.invalidField("from", "must not be after to");
		}
		Collection<Customer> customers = (customerId != null) ? List.of(store.customer(customerId))
				: store.customers.values();
		Collection<Metric> metrics = (metricId != null) ? List.of(store.metric(metricId)) : store.metrics.values();
		boolean askedForOne = customerId != null && metricId != null;
		Instant now = call.now();
		List<UsageRollup> rollups = new ArrayList<>();
		for (Customer customer : customers) {
			for (Metric metric : metrics) {
				UsageAggregator.Usage usage = UsageAggregator.usage(metric, customer.id(), period, store.events);
				if (usage.eventCount() > 0 || askedForOne) {
					rollups.add(new UsageRollup(rollupId(customer, metric, period), Ids.ORG_ID, customer.id(),
							metric.id(), period.start(), period.end(), metric.aggregation(), usage.value(),
							usage.eventCount(), usage.lastEventAt(), store.isTest(), now, now));
				}
			}
		}
		return Reply.list("rollups", rollups);
	}

	/** The same id for the same customer, metric and period. */
	private static String rollupId(Customer customer, Metric metric, BillingPeriods.Period period) {
		return Ids.uuidOf(customer.id(), metric.id(), period.start().toString(), period.end().toString());
	}

}
