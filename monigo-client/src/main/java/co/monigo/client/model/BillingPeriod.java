package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * How often a plan's subscriptions are invoiced.
 */
public enum BillingPeriod {

	DAILY,

	WEEKLY,

	/** The default. */
	MONTHLY,

	QUARTERLY,

	ANNUALLY,

	/** A billing period this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
