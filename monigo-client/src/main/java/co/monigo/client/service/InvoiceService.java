package co.monigo.client.service;

import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.internal.ApiRequest;
import co.monigo.client.internal.MonigoTransport;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.InvoiceFilter;

/**
 * Invoices of subscriptions: {@code /v1/invoices}. An invoice is generated as a draft, then finalized
 * (after which it can no longer change) or voided. Only admin and owner keys may void an invoice.
 */
public final class InvoiceService {

	private static final String ONE = "invoice";

	private static final String MANY = "invoices";

	private final MonigoTransport transport;

	public InvoiceService(MonigoTransport transport) {
		this.transport = transport;
	}

	/** Generates a draft invoice for the subscription's current usage. */
	public Mono<Invoice> generate(String subscriptionId) {
		return generate(subscriptionId, RequestOptions.none());
	}

	/** Generates a draft invoice for the subscription's current usage. */
	public Mono<Invoice> generate(String subscriptionId, RequestOptions options) {
		if (subscriptionId == null || subscriptionId.isBlank()) {
			throw new IllegalArgumentException("subscription_id is required and must not be blank");
		}
		ApiRequest request = ApiRequest.post("/v1/invoices/generate").body(Map.of("subscription_id", subscriptionId));
		return this.transport.object(request, options, ONE, Invoice.class);
	}

	/** Every invoice of the organisation. */
	public Flux<Invoice> list() {
		return list(InvoiceFilter.all());
	}

	/** The invoices matching every field set in the filter. */
	public Flux<Invoice> list(InvoiceFilter filter) {
		return list(filter, RequestOptions.none());
	}

	public Flux<Invoice> list(InvoiceFilter filter, RequestOptions options) {
		ApiRequest request = ApiRequest.get("/v1/invoices")
			.query("status", filter.status())
			.query("customer_id", filter.customerId());
		return this.transport.list(request, options, MANY, Invoice.class);
	}

	public Mono<Invoice> get(String invoiceId) {
		return get(invoiceId, RequestOptions.none());
	}

	public Mono<Invoice> get(String invoiceId, RequestOptions options) {
		return this.transport.object(ApiRequest.get("/v1/invoices/{}", invoiceId), options, ONE, Invoice.class);
	}

	/** Finalizes a draft invoice: from then on it can no longer change. */
	public Mono<Invoice> finalize(String invoiceId) {
		return finalize(invoiceId, RequestOptions.none());
	}

	/** Finalizes a draft invoice: from then on it can no longer change. */
	public Mono<Invoice> finalize(String invoiceId, RequestOptions options) {
		return this.transport.object(ApiRequest.post("/v1/invoices/{}/finalize", invoiceId), options, ONE,
				Invoice.class);
	}

	/**
	 * Voids the invoice ({@code POST /v1/invoices/{id}/void}; named so because {@code void} is a Java
	 * keyword). Only admin and owner keys may; others get a 403.
	 */
	public Mono<Invoice> voidInvoice(String invoiceId) {
		return voidInvoice(invoiceId, RequestOptions.none());
	}

	/**
	 * Voids the invoice ({@code POST /v1/invoices/{id}/void}; named so because {@code void} is a Java
	 * keyword). Only admin and owner keys may; others get a 403.
	 */
	public Mono<Invoice> voidInvoice(String invoiceId, RequestOptions options) {
		return this.transport.object(ApiRequest.post("/v1/invoices/{}/void", invoiceId), options, ONE,
				Invoice.class);
	}

}
