package co.monigo.client.model;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The body of a metric creation. Start with {@link #of(String, String, Aggregation, String)} (or
 * {@link #of(String, String, Aggregation)} for {@code count}): every aggregation but {@code count} reads an
 * event property, and is refused without one.
 *
 * @param name a human-readable label, e.g. "API calls"
 * @param eventName the {@code event_name} of the events this metric tracks
 * @param aggregation how the events are aggregated
 * @param description optional documentation
 * @param aggregationProperty the event property to aggregate; required unless the aggregation is count
 */
public record CreateMetricRequest(String name, String eventName, Aggregation aggregation,
		@Nullable String description, @Nullable String aggregationProperty) {

	public CreateMetricRequest {
		Checks.requireText(name, "name");
		Checks.requireText(eventName, "event_name");
		Checks.requireKnown(aggregation, "aggregation");
		if (aggregation.needsProperty() && (aggregationProperty == null || aggregationProperty.isBlank())) {
			throw new IllegalArgumentException("aggregation_property is required for aggregation "
					+ aggregation.name().toLowerCase(Locale.ROOT) + ": name the event property to aggregate");
		}
	}

	/** A metric with an aggregation that reads no property: {@code count}. */
	public static CreateMetricRequest of(String name, String eventName, Aggregation aggregation) {
		return new CreateMetricRequest(name, eventName, aggregation, null, null);
	}

	/** A metric that aggregates the property {@code aggregationProperty} of its events. */
	public static CreateMetricRequest of(String name, String eventName, Aggregation aggregation,
			String aggregationProperty) {
		return new CreateMetricRequest(name, eventName, aggregation, null, aggregationProperty);
	}

	public CreateMetricRequest withDescription(String description) {
		return new CreateMetricRequest(this.name, this.eventName, this.aggregation, description,
				this.aggregationProperty);
	}

}
