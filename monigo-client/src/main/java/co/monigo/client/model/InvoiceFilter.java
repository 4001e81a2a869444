package co.monigo.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Which invoices to list: only the fields that are set are sent as query parameters. Start with
 * {@link #all()}.
 */
public record InvoiceFilter(@Nullable InvoiceStatus status, @Nullable String customerId) {

	public InvoiceFilter {
		if (status == InvoiceStatus.UNKNOWN) {
			throw new IllegalArgumentException("status must be draft, finalized, paid or void");
		}
	}

	/** No filter: every invoice. */
	public static InvoiceFilter all() {
		return new InvoiceFilter(null, null);
	}

	public InvoiceFilter withStatus(InvoiceStatus status) {
		return new InvoiceFilter(Checks.requireValue(status, "status"), this.customerId);
	}

	public InvoiceFilter withCustomerId(String customerId) {
		return new InvoiceFilter(this.status, Checks.requireText(customerId, "customer_id"));
	}

}
