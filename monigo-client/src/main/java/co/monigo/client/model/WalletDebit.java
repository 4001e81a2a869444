package co.monigo.client.model;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The body of a wallet debit: money taken from a wallet. Every field is required. {@code idempotencyKey}
 * is also sent as the {@code Idempotency-Key} header, so a debit retried with the same key is applied
 * once. A debit larger than the balance is refused with status 402.
 *
 * @param amount how much, positive, in {@code currency}
 * @param referenceType what the debit is about, e.g. {@code usage_event}; with {@code referenceId}
 * @param idempotencyKey a key stable across retries of this one debit, e.g. {@code usage_<event id>}
 */
public record WalletDebit(BigDecimal amount, String currency, String description, LedgerEntryType entryType,
		String referenceType, String referenceId, String idempotencyKey) {

	public WalletDebit {
		Checks.requirePositive(amount, "amount");
		Checks.requireText(currency, "currency");
		Checks.requireText(description, "description");
		Checks.requireKnown(entryType, "entry_type");
		Checks.requireText(referenceType, "reference_type");
		Checks.requireText(referenceId, "reference_id");
		Checks.requireText(idempotencyKey, "idempotency_key");
	}

	public static WalletDebit of(BigDecimal amount, String currency, String description, LedgerEntryType entryType,
			String referenceType, String referenceId, String idempotencyKey) {
		return new WalletDebit(amount, currency, description, entryType, referenceType, referenceId, idempotencyKey);
	}

}
