package co.monigo.client.model;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of an invoice: {@code quantity} units of a metric at {@code unitPrice}, charged {@code amount}.
 */
public record InvoiceLineItem(String id, String invoiceId, String metricId, @Nullable String priceId,
		String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, Instant createdAt) {
}
