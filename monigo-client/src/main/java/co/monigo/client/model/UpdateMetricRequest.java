package co.monigo.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The body of a metric update: only the fields that are set are sent and changed. Changing the
 * aggregation to one that reads a property, on a metric that has none, needs
 * {@link #withAggregationProperty(String)} too; the server refuses it otherwise.
 */
public record UpdateMetricRequest(@Nullable String name, @Nullable String eventName,
		@Nullable Aggregation aggregation, @Nullable String description, @Nullable String aggregationProperty) {

	/** An update that changes nothing yet. */
	public static UpdateMetricRequest empty() {
		return new UpdateMetricRequest(null, null, null, null, null);
	}

	public UpdateMetricRequest withName(String name) {
		return new UpdateMetricRequest(Checks.requireText(name, "name"), this.eventName, this.aggregation,
				this.description, this.aggregationProperty);
	}

	public UpdateMetricRequest withEventName(String eventName) {
		return new UpdateMetricRequest(this.name, Checks.requireText(eventName, "event_name"), this.aggregation,
				this.description, this.aggregationProperty);
	}

	public UpdateMetricRequest withAggregation(Aggregation aggregation) {
		return new UpdateMetricRequest(this.name, this.eventName, Checks.requireKnown(aggregation, "aggregation"),
				this.description, this.aggregationProperty);
	}

	public UpdateMetricRequest withDescription(String description) {
		return new UpdateMetricRequest(this.name, this.eventName, this.aggregation, description,
				this.aggregationProperty);
	}

	public UpdateMetricRequest withAggregationProperty(String aggregationProperty) {
		return new UpdateMetricRequest(this.name, this.eventName, this.aggregation, this.description,
				Checks.requireText(aggregationProperty, "aggregation_property"));
	}

}
