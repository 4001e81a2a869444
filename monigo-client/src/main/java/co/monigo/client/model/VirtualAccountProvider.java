package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The payment provider that issues a virtual bank account.
 */
public enum VirtualAccountProvider {

	PAYSTACK,

	FLUTTERWAVE,

	MONNIFY,

	/** A provider this client does not know yet; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
