package co.monigo.client.model;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The body of a wallet credit: money added to a wallet. Every field but {@code providerId} is required.
 * {@code idempotencyKey} is also sent as the {@code Idempotency-Key} header, so a credit retried with
 * the same key is applied once.
 *
 * @param amount how much, positive, in {@code currency}
 * @param referenceType what the credit is about, e.g. {@code manual_credit}; with {@code referenceId}
 * @param idempotencyKey a key stable across retries of this one credit, e.g. {@code topup_<payment id>}
 * @param providerId optional id of the payment provider's transaction behind the credit
 */
public record WalletCredit(BigDecimal amount, String currency, String description, LedgerEntryType entryType,
		String referenceType, String referenceId, String idempotencyKey, @Nullable String providerId) {

	public WalletCredit {
		Checks.requirePositive(amount, "amount");
		Checks.requireText(currency, "currency");
		Checks.requireText(description, "description");
		Checks.requireKnown(entryType, "entry_type");
		Checks.requireText(referenceType, "reference_type");
		Checks.requireText(referenceId, "reference_id");
		Checks.requireText(idempotencyKey, "idempotency_key");
	}

	public static WalletCredit of(BigDecimal amount, String currency, String description, LedgerEntryType entryType,
			String referenceType, String referenceId, String idempotencyKey) {
		return new WalletCredit(amount, currency, description, entryType, referenceType, referenceId, idempotencyKey,
				null);
	}

	public WalletCredit withProviderId(String providerId) {
		return new WalletCredit(this.amount, this.currency, this.description, this.entryType, this.referenceType,
				this.referenceId, this.idempotencyKey, providerId);
	}

}
