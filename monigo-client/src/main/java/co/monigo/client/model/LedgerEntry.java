package co.monigo.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One side of a ledger transaction: an amount moved into or out of an account (e.g. a wallet).
 * Amounts keep the server's scale.
 *
 * @param transactionId the transaction this entry belongs to; its entries balance each other
 * @param walletId the wallet moved, when the account is a wallet
 * @param accountType the kind of account, e.g. {@code customer_wallet}
 * @param referenceType what the movement is about, e.g. {@code usage_event}; with {@code referenceId}
 */
public record LedgerEntry(String id, String orgId, String transactionId, @Nullable String walletId,
		String accountType, String accountId, LedgerDirection direction, BigDecimal amount, String currency,
		BigDecimal balanceBefore, BigDecimal balanceAfter, String description, LedgerEntryType entryType,
		String referenceType, String referenceId, String idempotencyKey, @Nullable Map<String, Object> metadata,
		Instant createdAt) {
}
