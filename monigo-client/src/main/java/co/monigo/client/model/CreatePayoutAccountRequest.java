package co.monigo.client.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The body of a payout account creation. Start with {@link #bankTransfer(String, String, String)} or
 * {@link #mobileMoney(String, String)}, add optional fields with the {@code with} methods. A bank transfer
 * account needs {@code bank_code} and {@code account_number}; a mobile money account needs
 * {@code mobile_money_number}.
 *
 * @param accountName the account holder's name
 * @param payoutMethod bank transfer or mobile money
 * @param bankName optional name of the bank
 * @param bankCode the bank's code, required for a bank transfer
 * @param accountNumber the account number, required for a bank transfer
 * @param mobileMoneyNumber the wallet's phone number, required for mobile money
 * @param currency optional ISO 4217 currency
 * @param isDefault optional: whether this becomes the customer's default payout account
 * @param metadata optional free-form data
 */
public record CreatePayoutAccountRequest(String accountName, PayoutMethod payoutMethod, @Nullable String bankName,
		@Nullable String bankCode, @Nullable String accountNumber, @Nullable String mobileMoneyNumber,
		@Nullable String currency, @Nullable Boolean isDefault, @Nullable Map<String, Object> metadata) {

	public CreatePayoutAccountRequest {
		Checks.requireText(accountName, "account_name");
		Checks.requireValue(payoutMethod, "payout_method");
		switch (payoutMethod) {
			case BANK_TRANSFER -> {
				Checks.requireText(accountNumber, "account_number");
				Checks.requireText(bankCode, "bank_code");
			}
			case MOBILE_MONEY -> Checks.requireText(mobileMoneyNumber, "mobile_money_number");
			case UNKNOWN -> throw new IllegalArgumentException("payout_method must be bank_transfer or mobile_money");
		}
		metadata = (metadata != null) ? Map.copyOf(metadata) : null;
	}

	/** A bank transfer account, with the fields it requires. */
	public static CreatePayoutAccountRequest bankTransfer(String accountName, String bankCode, String accountNumber) {
		return new CreatePayoutAccountRequest(accountName, PayoutMethod.BANK_TRANSFER, null, bankCode, accountNumber,
				null, null, null, null);
	}

	/** A mobile money account, with the fields it requires. */
	public static CreatePayoutAccountRequest mobileMoney(String accountName, String mobileMoneyNumber) {
		return new CreatePayoutAccountRequest(accountName, PayoutMethod.MOBILE_MONEY, null, null, null,
				mobileMoneyNumber, null, null, null);
	}

	public CreatePayoutAccountRequest withBankName(String bankName) {
		return new CreatePayoutAccountRequest(this.accountName, this.payoutMethod, bankName, this.bankCode,
				this.accountNumber, this.mobileMoneyNumber, this.currency, this.isDefault, this.metadata);
	}

	public CreatePayoutAccountRequest withBankCode(String bankCode) {
		return new CreatePayoutAccountRequest(this.accountName, this.payoutMethod, this.bankName, bankCode,
				this.accountNumber, this.mobileMoneyNumber, this.currency, this.isDefault, this.metadata);
	}

	public CreatePayoutAccountRequest withAccountNumber(String accountNumber) {
		return new CreatePayoutAccountRequest(this.accountName, this.payoutMethod, this.bankName, this.bankCode,
				accountNumber, this.mobileMoneyNumber, this.currency, this.isDefault, this.metadata);
	}

	public CreatePayoutAccountRequest withMobileMoneyNumber(String mobileMoneyNumber) {
		return new CreatePayoutAccountRequest(this.accountName, this.payoutMethod, this.bankName, this.bankCode,
				this.accountNumber, mobileMoneyNumber, this.currency, this.isDefault, this.metadata);
	}

	public CreatePayoutAccountRequest withCurrency(String currency) {
		return new CreatePayoutAccountRequest(this.accountName, this.payoutMethod, this.bankName, this.bankCode,
				this.accountNumber, this.mobileMoneyNumber, currency, this.isDefault, this.metadata);
	}

	/** Whether this becomes the customer's default payout account. */
	public CreatePayoutAccountRequest withDefault(boolean isDefault) {
		return new CreatePayoutAccountRequest(this.accountName, this.payoutMethod, this.bankName, this.bankCode,
				this.accountNumber, this.mobileMoneyNumber, this.currency, isDefault, this.metadata);
	}

	public CreatePayoutAccountRequest withMetadata(Map<String, Object> metadata) {
		return new CreatePayoutAccountRequest(this.accountName, this.payoutMethod, this.bankName, this.bankCode,
				this.accountNumber, this.mobileMoneyNumber, this.currency, this.isDefault, metadata);
	}

}
