package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.Metric;

/**
 * A customer's usage of a metric over a period, computed from the ingested events: those named by the
 * metric's {@code event_name}, of that customer, timestamped within the period. {@code count} counts
 * them; {@code sum}, {@code max}, {@code minimum} and {@code average} read the metric's
 * {@code aggregation_property} as a number (an event without it, or with a value that is not a number,
 * is left out of those); {@code unique} counts its distinct values. No values at all gives 0.
 */
final class UsageAggregator {

	private UsageAggregator() {
	}

	/**
	 * @param value the aggregated value
	 * @param eventCount how many of the metric's events the customer sent in the period
	 * @param lastEventAt the timestamp of the latest of them
	 */
	record Usage(BigDecimal value, long eventCount, @Nullable Instant lastEventAt) {
	}

	static Usage usage(Metric metric, String customerId, BillingPeriods.Period period, List<IngestEvent> events) {
		List<IngestEvent> matched = events.stream()
			.filter((event) -> metric.eventName().equals(event.eventName()))
			.filter((event) -> customerId.equals(event.customerId()))
			.filter((event) -> event.timestamp() != null && period.contains(event.timestamp()))
			.toList();
		Instant last = matched.stream().map(IngestEvent::timestamp).max(Instant::compareTo).orElse(null);
		return new Usage(aggregate(metric, matched), matched.size(), last);
	}

	private static BigDecimal aggregate(Metric metric, List<IngestEvent> events) {
		String property = metric.aggregationProperty();
		return switch (metric.aggregation()) {
			case COUNT -> BigDecimal.valueOf(events.size());
			case UNIQUE -> BigDecimal.valueOf(distinct(events, property));
			case SUM -> numbers(events, property).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			case MAX -> numbers(events, property).stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
			case MINIMUM -> numbers(events, property).stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
			case AVERAGE -> average(numbers(events, property));
			case UNKNOWN -> BigDecimal.ZERO;
		};
	}

	private static BigDecimal average(List<BigDecimal> numbers) {
		if (numbers.isEmpty()) {
			return BigDecimal.ZERO;
		}
		BigDecimal sum = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(numbers.size()), MathContext.DECIMAL64);
	}

	private static List<BigDecimal> numbers(List<IngestEvent> events, @Nullable String property) {
		return events.stream().map((event) -> number(value(event, property))).filter(Objects::nonNull).toList();
	}

	private static long distinct(List<IngestEvent> events, @Nullable String property) {
		Set<Object> values = new HashSet<>();
		for (IngestEvent event : events) {
			Object value = value(event, property);
			if (value != null) {
				BigDecimal number = (value instanceof Number) ? number(value) : null;
				values.add((number != null) ? number.stripTrailingZeros() : value);
			}
		}
		return values.size();
	}

	private static @Nullable Object value(IngestEvent event, @Nullable String property) {
		Map<String, Object> properties = event.properties();
		return (property == null || properties == null) ? null : properties.get(property);
	}

	private static @Nullable BigDecimal number(@Nullable Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number || value instanceof String) {
			try {
				return new BigDecimal(value.toString().strip());
			}
			catch (NumberFormatException notANumber) {
				return null;
			}
		}
		return null;
	}

}
