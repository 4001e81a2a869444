package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What an alert watches.
 */
public enum AlertType {

	/** A metric's usage passes a threshold. */
	USAGE_EXCEEDED,

	/** The cost accrued passes a threshold. */
	COST_EXCEEDED,

	/** A wallet's balance falls below a threshold. */
	WALLET_BALANCE_DROPPED,

	/** A type this client does not know yet; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
