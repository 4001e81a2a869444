package co.monigo.sample.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import co.monigo.client.model.Invoice;
import co.monigo.client.model.InvoiceLineItem;

/**
 * An invoice as the API shows it. Amounts are exact, as Monigo computed them.
 *
 * @param customer the application's own id for the customer
 * @param status e.g. {@code finalized}
 */
public record InvoiceSummary(String id, String customer, String status, String currency, Instant periodStart,
		Instant periodEnd, List<Line> lines, BigDecimal subtotal, BigDecimal total) {

	static InvoiceSummary of(String customer, Invoice invoice) {
		return new InvoiceSummary(invoice.id(), customer, invoice.status().name().toLowerCase(Locale.ROOT),
				invoice.currency(), invoice.periodStart(), invoice.periodEnd(),
				invoice.lineItems().stream().map(Line::of).toList(), invoice.subtotal(), invoice.total());
	}

	/**
	 * One line: {@code quantity} units of a metric, charged {@code amount}.
	 *
	 * @param unitPrice the price of a unit; for tiered and overage prices, the average
	 */
	public record Line(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {

		static Line of(InvoiceLineItem item) {
			return new Line(item.description(), item.quantity(), item.unitPrice(), item.amount());
		}

	}

}
