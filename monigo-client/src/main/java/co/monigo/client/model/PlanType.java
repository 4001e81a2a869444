package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether a plan bills customers or pays out to them. A customer holds at most one active
 * subscription per plan type.
 */
public enum PlanType {

	/** Bills the customer for usage (the default). */
	COLLECTION,

	/** Pays the customer, e.g. a vendor, for usage. */
	PAYOUT,

	/** A plan type this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
