package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * How a metric turns the events it tracks into one usage value per billing period.
 */
public enum Aggregation {

	/** The number of events. */
	COUNT,

	/** The sum of a numeric property. */
	SUM,

	/** The largest value of a numeric property. */
	MAX,

	/** The smallest value of a numeric property. */
	MINIMUM,

	/** The average of a numeric property. */
	AVERAGE,

	/** The number of distinct values of a property. */
	UNIQUE,

	/** An aggregation this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/** Whether this aggregation reads an event property, named by the metric's {@code aggregation_property}. */
	public boolean needsProperty() {
		return this != COUNT && this != UNKNOWN;
	}

}
