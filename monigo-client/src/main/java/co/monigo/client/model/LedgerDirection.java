package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Which side of the ledger an entry is on: a debit takes money out of the account, a credit adds it.
 */
public enum LedgerDirection {

	DEBIT,

	CREDIT,

	/** A direction this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
