package co.monigo.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An invoice for one period of a subscription. Amounts are exact, in {@code currency}; {@code vatRate} and
 * {@code vatAmount} are absent when VAT is not enabled. A finalized invoice can no longer change.
 */
public record Invoice(String id, String orgId, String customerId, String subscriptionId, InvoiceStatus status,
		String currency, BigDecimal subtotal, boolean vatEnabled, @Nullable BigDecimal vatRate,
		@Nullable BigDecimal vatAmount, BigDecimal total, Instant periodStart, Instant periodEnd,
		@Nullable Instant finalizedAt, @Nullable Instant paidAt, @Nullable String providerInvoiceId,
		List<InvoiceLineItem> lineItems, Instant createdAt, Instant updatedAt) {

	public Invoice {
		lineItems = (lineItems != null) ? List.copyOf(lineItems) : List.of();
	}

}
