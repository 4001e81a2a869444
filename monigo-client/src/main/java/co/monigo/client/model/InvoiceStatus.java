package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where an invoice is in its life: generated as a draft, then finalized (no longer changes), then paid
 * or voided.
 */
public enum InvoiceStatus {

	/** Generated and still open to change. */
	DRAFT,

	/** Fixed: can no longer change. */
	FINALIZED,

	/** Settled. */
	PAID,

	/** Canceled; not to be paid. */
	VOID,

	/** A status this client does not know yet; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
