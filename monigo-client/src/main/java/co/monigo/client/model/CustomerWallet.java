package co.monigo.client.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's balance in one currency. Amounts keep the server's scale ({@code "500.000000"} stays so).
 *
 * @param balance the funds in the wallet
 * @param reservedBalance the part of the balance held for pending operations
 */
public record CustomerWallet(String id, String customerId, String orgId, String currency, BigDecimal balance,
		BigDecimal reservedBalance, Instant createdAt, Instant updatedAt) {
}
