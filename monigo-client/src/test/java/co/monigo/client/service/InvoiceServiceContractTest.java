package co.monigo.client.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.InvoiceFilter;
import co.monigo.client.model.InvoiceLineItem;
import co.monigo.client.model.InvoiceStatus;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InvoiceServiceContractTest extends ContractTestSupport {

	private static final String DRAFT_INVOICE = """
			{"id": "inv_1", "org_id": "org_1", "customer_id": "cus_1", "subscription_id": "sub_1",
			 "status": "draft", "currency": "NGN", "subtotal": "3000.00", "vat_enabled": true,
			 "vat_rate": "7.50", "vat_amount": "225.00", "total": "3225.00",
			 "period_start": "2026-02-01T00:00:00Z", "period_end": "2026-03-01T00:00:00Z",
			 "line_items": [
			   {"id": "li_1", "invoice_id": "inv_1", "metric_id": "met_1", "price_id": "price_1",
			    "description": "API calls", "quantity": "1500", "unit_price": "2.000000", "amount": "3000.00",
			    "created_at": "2026-03-01T00:05:00Z", "future_field": 1},
			   {"id": "li_2", "invoice_id": "inv_1", "metric_id": "met_2",
			    "description": "Storage", "quantity": "0.250", "unit_price": "0.00", "amount": "0.00",
			    "created_at": "2026-03-01T00:05:00Z"}],
			 "created_at": "2026-03-01T00:05:00Z", "updated_at": "2026-03-01T00:05:00Z",
			 "future_field": {"nested": true}}""";

	private static final String PAID_INVOICE = """
			{"id": "inv_2", "org_id": "org_1", "customer_id": "cus_1", "subscription_id": "sub_1",
			 "status": "paid", "currency": "NGN", "subtotal": "1500.00", "vat_enabled": false,
			 "total": "1500.00", "period_start": "2026-01-01T00:00:00Z", "period_end": "2026-02-01T00:00:00Z",
			 "finalized_at": "2026-02-01T01:00:00Z", "paid_at": "2026-02-03T09:30:00Z",
			 "provider_invoice_id": "PSK_inv_99", "line_items": [],
			 "created_at": "2026-02-01T00:05:00Z", "updated_at": "2026-02-03T09:30:00Z"}""";

	private static final String UNCOLLECTIBLE_INVOICE = """
			{"id": "inv_3", "org_id": "org_1", "customer_id": "cus_2", "subscription_id": "sub_2",
			 "status": "uncollectible", "currency": "NGN", "subtotal": "10.00", "vat_enabled": false,
			 "total": "10.00", "period_start": "2026-01-01T00:00:00Z", "period_end": "2026-02-01T00:00:00Z",
			 "created_at": "2026-02-01T00:05:00Z", "updated_at": "2026-02-01T00:05:00Z"}""";

	private static String envelope(String invoice) {
		return "{\"invoice\": " + invoice + "}";
	}

	private static String withStatus(String status) {
		return DRAFT_INVOICE.replace("\"status\": \"draft\"", "\"status\": \"" + status + "\"");
	}

	@Test
	void generatePostsTheSubscriptionIdAndReadsEveryFieldExactly() {
		wireMock.stubFor(post("/v1/invoices/generate").willReturn(okJson(envelope(DRAFT_INVOICE))));

		Invoice invoice = this.client.invoices().generate("sub_1").block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/invoices/generate")))
			.withRequestBody(equalToJson("{\"subscription_id\": \"sub_1\"}")));
		assertThat(invoice).isEqualTo(new Invoice("inv_1", "org_1", "cus_1", "sub_1", InvoiceStatus.DRAFT, "NGN",
				new BigDecimal("3000.00"), true, new BigDecimal("7.50"), new BigDecimal("225.00"),
				new BigDecimal("3225.00"), Instant.parse("2026-02-01T00:00:00Z"),
				Instant.parse("2026-03-01T00:00:00Z"), null, null, null,
				List.of(new InvoiceLineItem("li_1", "inv_1", "met_1", "price_1", "API calls", new BigDecimal("1500"),
						new BigDecimal("2.000000"), new BigDecimal("3000.00"), Instant.parse("2026-03-01T00:05:00Z")),
						new InvoiceLineItem("li_2", "inv_1", "met_2", null, "Storage", new BigDecimal("0.250"),
								new BigDecimal("0.00"), new BigDecimal("0.00"), Instant.parse("2026-03-01T00:05:00Z"))),
				Instant.parse("2026-03-01T00:05:00Z"), Instant.parse("2026-03-01T00:05:00Z")));
		// BigDecimal.equals compares the scale too; spelled out for the money a reader cares about.
		assertThat(invoice.total().toPlainString()).isEqualTo("3225.00");
		assertThat(invoice.lineItems().get(0).unitPrice().toPlainString()).isEqualTo("2.000000");
		assertThat(invoice.lineItems().get(1).quantity().toPlainString()).isEqualTo("0.250");
	}

	@Test
	void generateSendsTheCallersIdempotencyKeyAndRefusesABlankId() {
		wireMock.stubFor(post("/v1/invoices/generate").willReturn(okJson(envelope(DRAFT_INVOICE))));

		this.client.invoices().generate("sub_1", RequestOptions.idempotencyKey("invoice-sub_1-2026-02")).block(WAIT);

		wireMock.verify(postRequestedFor(urlEqualTo("/v1/invoices/generate")).withHeader("Idempotency-Key",
				equalTo("invoice-sub_1-2026-02")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.invoices().generate(" "))
			.withMessage("subscription_id is required and must not be blank");
	}

	@Test
	void listWithoutFilterSendsNoQueryAndReadsUnknownStatusesAsUnknown() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/invoices")).willReturn(okJson("{\"invoices\": [" + PAID_INVOICE
				+ ", " + UNCOLLECTIBLE_INVOICE + "], \"count\": 2}")));

		List<Invoice> invoices = this.client.invoices().list().collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/invoices"))));
		assertThat(invoices).extracting(Invoice::status).containsExactly(InvoiceStatus.PAID, InvoiceStatus.UNKNOWN);
		Invoice paid = invoices.get(0);
		assertThat(paid.vatEnabled()).isFalse();
		assertThat(paid.vatRate()).isNull();
		assertThat(paid.vatAmount()).isNull();
		assertThat(paid.paidAt()).isEqualTo(Instant.parse("2026-02-03T09:30:00Z"));
		assertThat(paid.providerInvoiceId()).isEqualTo("PSK_inv_99");
		assertThat(paid.lineItems()).isEmpty();
		assertThat(invoices.get(1).lineItems()).as("absent line_items").isEmpty();
		assertThat(invoices.get(1).total().toPlainString()).isEqualTo("10.00");
	}

	@Test
	void listSendsTheSetFiltersEncodedAndTheStatusInLowerCase() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/invoices"))
			.willReturn(okJson("{\"invoices\": [" + withStatus("finalized") + "], \"count\": 1}")));

		List<Invoice> invoices = this.client.invoices()
			.list(InvoiceFilter.all().withStatus(InvoiceStatus.FINALIZED).withCustomerId("user 42&status=paid"))
			.collectList()
			.block(WAIT);

		wireMock.verify(reading(
				getRequestedFor(urlEqualTo("/v1/invoices?status=finalized&customer_id=user%2042%26status%3Dpaid"))));
		assertThat(invoices).singleElement().extracting(Invoice::status).isEqualTo(InvoiceStatus.FINALIZED);
	}

	@Test
	void listSendsOnlyTheCustomerWhenOnlyItIsSet() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/invoices")).willReturn(okJson("{\"invoices\": [], \"count\": 0}")));

		List<Invoice> invoices = this.client.invoices()
			.list(InvoiceFilter.all().withCustomerId("cus_1"))
			.collectList()
			.block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/invoices?customer_id=cus_1"))));
		assertThat(invoices).isEmpty();
	}

	@Test
	void filterRefusesTheUnknownStatus() {
		assertThatIllegalArgumentException().isThrownBy(() -> InvoiceFilter.all().withStatus(InvoiceStatus.UNKNOWN))
			.withMessageContaining("status");
	}

	@Test
	void getEncodesTheIdAsOnePathSegment() {
		wireMock.stubFor(get(urlEqualTo("/v1/invoices/inv%2F1")).willReturn(okJson(envelope(PAID_INVOICE))));

		Invoice invoice = this.client.invoices().get("inv/1").block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/invoices/inv%2F1"))));
		assertThat(invoice.id()).isEqualTo("inv_2");
		assertThat(invoice.finalizedAt()).isEqualTo(Instant.parse("2026-02-01T01:00:00Z"));
	}

	@Test
	void finalizePostsWithoutABodyButWithAnIdempotencyKey() {
		wireMock.stubFor(post("/v1/invoices/inv_1/finalize").willReturn(okJson(envelope(withStatus("finalized")
			.replace("\"period_end\"", "\"finalized_at\": \"2026-03-01T01:00:00Z\", \"period_end\"")))));

		Invoice invoice = this.client.invoices().finalize("inv_1").block(WAIT);

		wireMock.verify(mutatingWithoutBody(postRequestedFor(urlEqualTo("/v1/invoices/inv_1/finalize")))
			.withHeader("Content-Type", absent())
			.withRequestBody(absent()));
		assertThat(invoice.status()).isEqualTo(InvoiceStatus.FINALIZED);
		assertThat(invoice.finalizedAt()).isEqualTo(Instant.parse("2026-03-01T01:00:00Z"));
	}

	@Test
	void voidInvoicePostsWithoutABodyButWithTheCallersIdempotencyKey() {
		wireMock.stubFor(post("/v1/invoices/inv_1/void").willReturn(okJson(envelope(withStatus("void")))));

		Invoice invoice = this.client.invoices()
			.voidInvoice("inv_1", RequestOptions.idempotencyKey("void-inv_1"))
			.block(WAIT);

		wireMock.verify(withCommonHeaders(postRequestedFor(urlEqualTo("/v1/invoices/inv_1/void")))
			.withHeader("Idempotency-Key", equalTo("void-inv_1"))
			.withHeader("Content-Type", absent())
			.withRequestBody(absent()));
		assertThat(invoice.status()).isEqualTo(InvoiceStatus.VOID);
	}

	@Test
	void voidInvoiceGeneratesAnIdempotencyKeyByDefault() {
		wireMock.stubFor(post("/v1/invoices/inv_1/void").willReturn(okJson(envelope(withStatus("void")))));

		this.client.invoices().voidInvoice("inv_1").block(WAIT);

		wireMock.verify(mutatingWithoutBody(postRequestedFor(urlEqualTo("/v1/invoices/inv_1/void"))));
	}

}
