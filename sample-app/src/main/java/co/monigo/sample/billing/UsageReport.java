package co.monigo.sample.billing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's usage in the current billing period, one line per metric.
 *
 * @param customer the application's own id for the customer
 */
public record UsageReport(String customer, List<MetricUsage> metrics) {

	/**
	 * Usage of one metric.
	 *
	 * @param metric the metric's name
	 * @param aggregation how its events are aggregated, e.g. {@code count}
	 * @param value the aggregated usage
	 * @param events how many events it aggregates
	 */
	public record MetricUsage(String metric, String aggregation, BigDecimal value, long events) {

	}

}
