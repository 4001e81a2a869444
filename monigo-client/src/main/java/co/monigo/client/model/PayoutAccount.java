package co.monigo.client.model;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An account a customer is paid out to: a bank account ({@code bankCode}, {@code accountNumber}) or a
 * mobile money wallet ({@code mobileMoneyNumber}), depending on {@code payoutMethod}.
 */
public record PayoutAccount(String id, String customerId, String orgId, String accountName,
		@Nullable String bankName, @Nullable String bankCode, @Nullable String accountNumber,
		@Nullable String mobileMoneyNumber, PayoutMethod payoutMethod, String currency, boolean isDefault,
		@Nullable Map<String, Object> metadata, Instant createdAt, Instant updatedAt) {
}
