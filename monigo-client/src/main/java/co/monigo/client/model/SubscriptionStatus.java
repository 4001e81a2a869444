package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The state of a subscription. A paused subscription is not billed but its events are still accepted.
 */
public enum SubscriptionStatus {

	/** Billed every period. */
	ACTIVE,

	/** Billing paused; events still accepted. */
	PAUSED,

	/** Ended; no longer billed. */
	CANCELED,

	/** A status this client does not know yet; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
