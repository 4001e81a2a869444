package co.monigo.client.model;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A dedicated bank account, issued by a payment provider, whose deposits fund a wallet.
 *
 * @param providerRef the provider's own reference for the account
 */
public record VirtualAccount(String id, String customerId, String walletId, String orgId,
		VirtualAccountProvider provider, String accountNumber, String accountName, String bankName, String bankCode,
		String currency, String providerRef, boolean isActive, @Nullable Map<String, Object> metadata,
		Instant createdAt, Instant updatedAt) {
}
