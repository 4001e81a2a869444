package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What an alert applies to: every subscription of a plan, one subscription, or one customer.
 */
public enum AlertScope {

	PLAN,

	SUBSCRIPTION,

	CUSTOMER,

	/** A scope this client does not know yet; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
