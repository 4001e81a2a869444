package co.monigo.client.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The body of a payout account update: only the fields that are set are sent and changed. Start with
 * {@link #empty()}.
 */
public record UpdatePayoutAccountRequest(@Nullable String accountName, @Nullable PayoutMethod payoutMethod,
		@Nullable String bankName, @Nullable String bankCode, @Nullable String accountNumber,
		@Nullable String mobileMoneyNumber, @Nullable String currency, @Nullable Boolean isDefault,
		@Nullable Map<String, Object> metadata) {

	public UpdatePayoutAccountRequest {
		if (payoutMethod == PayoutMethod.UNKNOWN) {
			throw new IllegalArgumentException("payout_method must be bank_transfer or mobile_money");
		}
		metadata = (metadata != null) ? Map.copyOf(metadata) : null;
	}

	/** An update that changes nothing yet. */
	public static UpdatePayoutAccountRequest empty() {
		return new UpdatePayoutAccountRequest(null, null, null, null, null, null, null, null, null);
	}

	public UpdatePayoutAccountRequest withAccountName(String accountName) {
		return new UpdatePayoutAccountRequest(Checks.requireText(accountName, "account_name"), this.payoutMethod,
				this.bankName, this.bankCode, this.accountNumber, this.mobileMoneyNumber, this.currency,
				this.isDefault, this.metadata);
	}

	public UpdatePayoutAccountRequest withPayoutMethod(PayoutMethod payoutMethod) {
		return new UpdatePayoutAccountRequest(this.accountName, Checks.requireValue(payoutMethod, "payout_method"),
				this.bankName, this.bankCode, this.accountNumber, this.mobileMoneyNumber, this.currency,
				this.isDefault, this.metadata);
	}

	public UpdatePayoutAccountRequest withBankName(String bankName) {
		return new UpdatePayoutAccountRequest(this.accountName, this.payoutMethod, bankName, this.bankCode,
				this.accountNumber, this.mobileMoneyNumber, this.currency, this.isDefault, this.metadata);
	}

	public UpdatePayoutAccountRequest withBankCode(String bankCode) {
		return new UpdatePayoutAccountRequest(this.accountName, this.payoutMethod, this.bankName, bankCode,
				this.accountNumber, this.mobileMoneyNumber, this.currency, this.isDefault, this.metadata);
	}

	public UpdatePayoutAccountRequest withAccountNumber(String accountNumber) {
		return new UpdatePayoutAccountRequest(this.accountName, this.payoutMethod, this.bankName, this.bankCode,
				accountNumber, this.mobileMoneyNumber, this.currency, this.isDefault, this.metadata);
	}

	public UpdatePayoutAccountRequest withMobileMoneyNumber(String mobileMoneyNumber) {
		return new UpdatePayoutAccountRequest(this.accountName, this.payoutMethod, this.bankName, this.bankCode,
				this.accountNumber, mobileMoneyNumber, this.currency, this.isDefault, this.metadata);
	}

	public UpdatePayoutAccountRequest withCurrency(String currency) {
		return new UpdatePayoutAccountRequest(this.accountName, this.payoutMethod, this.bankName, this.bankCode,
				this.accountNumber, this.mobileMoneyNumber, currency, this.isDefault, this.metadata);
	}

	/** Whether this becomes (or stops being) the customer's default payout account. */
	public UpdatePayoutAccountRequest withDefault(boolean isDefault) {
		return new UpdatePayoutAccountRequest(this.accountName, this.payoutMethod, this.bankName, this.bankCode,
				this.accountNumber, this.mobileMoneyNumber, this.currency, isDefault, this.metadata);
	}

	public UpdatePayoutAccountRequest withMetadata(Map<String, Object> metadata) {
		return new UpdatePayoutAccountRequest(this.accountName, this.payoutMethod, this.bankName, this.bankCode,
				this.accountNumber, this.mobileMoneyNumber, this.currency, this.isDefault, metadata);
	}

}
