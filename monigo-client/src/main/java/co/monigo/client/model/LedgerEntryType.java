package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Why money moved in a wallet.
 */
public enum LedgerEntryType {

	/** Funds paid in, e.g. a top-up or a transfer to a virtual account. */
	DEPOSIT,

	/** Funds paid out. */
	WITHDRAWAL,

	/** A charge for usage. */
	USAGE,

	/** Money given back. */
	REFUND,

	/** A manual correction. */
	ADJUSTMENT,

	/** A type this client does not know yet; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
