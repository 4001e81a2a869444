package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * How money is paid out to a payout account.
 */
public enum PayoutMethod {

	/** To a bank account: needs {@code bank_code} and {@code account_number}. */
	BANK_TRANSFER,

	/** To a mobile money wallet: needs {@code mobile_money_number}. */
	MOBILE_MONEY,

	/** A method this client does not know yet; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
