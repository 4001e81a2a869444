package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.Aggregation;
import co.monigo.client.model.CreateMetricRequest;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreatePriceRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.GraduatedTiers;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.InvoiceFilter;
import co.monigo.client.model.InvoiceLineItem;
import co.monigo.client.model.InvoiceStatus;
import co.monigo.client.model.Metric;
import co.monigo.client.model.OverageTiers;
import co.monigo.client.model.PackageTiers;
import co.monigo.client.model.Plan;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.Tier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoices priced by the pricing calculator, checked against the four worked examples of Monigo's
 * pricing guide.
 */
class InvoiceEmulationTests extends EmulatorTestSupport {

	private Customer ada;

	/** A customer subscribed to a one-price plan over a sum metric of the "units" property. */
	private Subscription subscribedTo(Function<String, CreatePriceRequest> price) {
		this.ada = customer("ada");
		Metric units = await(this.monigo.metrics()
			.create(CreateMetricRequest.of("API calls", "api_call", Aggregation.SUM, "units")));
		Plan plan = await(this.monigo.plans().create(CreatePlanRequest.of("Plan").withPrice(price.apply(units.id()))));
		return await(this.monigo.subscriptions().create(CreateSubscriptionRequest.of(this.ada.id(), plan.id())));
	}

	private void use(long units) {
		await(this.monigo.events()
			.ingest(List.of(IngestEvent.of("api_call", this.ada.id()).withIdempotencyKey("use-" + units).withProperty("units", units))));
	}

	private Invoice invoiceFor(Subscription subscription) {
		return await(this.monigo.invoices().generate(subscription.id()));
	}

	@Test
	void flatPriceOf2For1500CallsCounted1By1Totals3000() {
		this.ada = customer("ada");
		Metric calls = countMetric("api_call");
		Plan plan = await(this.monigo.plans()
			.create(CreatePlanRequest.of("Flat")
				.withPrice(CreatePriceRequest.of(calls.id(), PriceModel.FLAT_UNIT).withUnitPrice(new BigDecimal("2.00")))));
		Subscription subscription = await(
				this.monigo.subscriptions().create(CreateSubscriptionRequest.of(this.ada.id(), plan.id())));
		List<IngestEvent> events = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			events.add(IngestEvent.of("api_call", this.ada.id()).withIdempotencyKey("call-" + i));
			if (events.size() == 1000) {
				await(this.monigo.events().ingest(events));
				events.clear();
			}
		}
		await(this.monigo.events().ingest(events));

		Invoice invoice = invoiceFor(subscription);

		assertThat(invoice.total()).isEqualByComparingTo("3000.00");
		assertThat(invoice.subtotal()).isEqualByComparingTo("3000.00");
		InvoiceLineItem line = invoice.lineItems().get(0);
		assertThat(line.quantity()).isEqualByComparingTo("1500");
		assertThat(line.unitPrice()).isEqualByComparingTo("2.00");
		assertThat(line.amount()).isEqualByComparingTo("3000.00");
		assertThat(line.metricId()).isEqualTo(calls.id());
		assertThat(line.priceId()).isEqualTo(plan.prices().get(0).id());
	}

	@Test
	void tieredPriceFor12000CallsTotals34000() {
		Subscription subscription = subscribedTo((metric) -> CreatePriceRequest.of(metric, PriceModel.TIERED)
			.withTiers(GraduatedTiers.of(Tier.upTo(1_000, "5.00"), Tier.upTo(10_000, "3.00"), Tier.rest("1.00"))));
		use(12_000);

		assertThat(invoiceFor(subscription).total()).isEqualByComparingTo("34000.00");
	}

	@Test
	void packagePriceFor1500SmsRoundsUpToTwoBundlesTotalling1000() {
		Subscription subscription = subscribedTo((metric) -> CreatePriceRequest.of(metric, PriceModel.PACKAGE)
			.withTiers(new PackageTiers(1_000, new BigDecimal("500.00"), true)));
		use(1_500);

		assertThat(invoiceFor(subscription).total()).isEqualByComparingTo("1000.00");
	}

	@Test
	void overagePriceFor13500CallsTotals5250() {
		Subscription subscription = subscribedTo((metric) -> CreatePriceRequest.of(metric, PriceModel.OVERAGE)
			.withTiers(new OverageTiers(10_000, new BigDecimal("0"), new BigDecimal("1.50"))));
		use(13_500);

		assertThat(invoiceFor(subscription).total()).isEqualByComparingTo("5250.00");
	}

	@Test
	void generatedInvoiceIsADraftOfTheSubscriptionsPeriodWithOneLinePerPrice() {
		this.ada = customer("ada");
		Metric calls = countMetric("api_call");
		Metric sms = countMetric("sms");
		Plan plan = await(this.monigo.plans()
			.create(CreatePlanRequest.of("Two prices")
				.withCurrency("USD")
				.withPrice(CreatePriceRequest.of(calls.id(), PriceModel.FLAT_UNIT).withUnitPrice(new BigDecimal("2.00")))
				.withPrice(CreatePriceRequest.of(sms.id(), PriceModel.FLAT_UNIT).withUnitPrice(new BigDecimal("3.00")))));
		Subscription subscription = await(
				this.monigo.subscriptions().create(CreateSubscriptionRequest.of(this.ada.id(), plan.id())));
		await(this.monigo.events()
			.ingest(List.of(IngestEvent.of("api_call", this.ada.id()).withIdempotencyKey("c1"),
					IngestEvent.of("sms", this.ada.id()).withIdempotencyKey("s1"),
					IngestEvent.of("sms", this.ada.id()).withIdempotencyKey("s2"))));

		Invoice invoice = invoiceFor(subscription);

		assertThat(invoice.id()).matches(UUID_PATTERN);
		assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
		assertThat(invoice.currency()).isEqualTo("USD");
		assertThat(invoice.customerId()).isEqualTo(this.ada.id());
		assertThat(invoice.subscriptionId()).isEqualTo(subscription.id());
		assertThat(invoice.periodStart()).isEqualTo(subscription.currentPeriodStart());
		assertThat(invoice.periodEnd()).isEqualTo(subscription.currentPeriodEnd());
		assertThat(invoice.vatEnabled()).isFalse();
		assertThat(invoice.lineItems()).extracting(InvoiceLineItem::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("2"), new BigDecimal("6"));
		assertThat(invoice.total()).isEqualByComparingTo("8");
		assertThat(invoice.lineItems()).allSatisfy((line) -> assertThat(line.invoiceId()).isEqualTo(invoice.id()));
	}

	@Test
	void draftIsFinalizedOnceAndAFinalizedInvoiceCannotBeFinalizedAgain() {
		Subscription subscription = subscribedTo((metric) -> CreatePriceRequest.of(metric, PriceModel.FLAT_UNIT)
			.withUnitPrice(BigDecimal.ONE));
		Invoice draft = invoiceFor(subscription);

		Invoice finalized = await(this.monigo.invoices().finalize(draft.id()));

		assertThat(finalized.status()).isEqualTo(InvoiceStatus.FINALIZED);
		assertThat(finalized.finalizedAt()).isNotNull();
		MonigoApiException again = failure(this.monigo.invoices().finalize(draft.id()));
		assertThat(again.isConflict()).isTrue();
		assertThat(again.serverMessage()).contains("finalized");
	}

	@Test
	void invoiceIsVoidedOnce() {
		Subscription subscription = subscribedTo((metric) -> CreatePriceRequest.of(metric, PriceModel.FLAT_UNIT)
			.withUnitPrice(BigDecimal.ONE));
		Invoice invoice = invoiceFor(subscription);
		await(this.monigo.invoices().finalize(invoice.id()));

		assertThat(await(this.monigo.invoices().voidInvoice(invoice.id())).status()).isEqualTo(InvoiceStatus.VOID);
		assertThat(failure(this.monigo.invoices().voidInvoice(invoice.id())).isConflict()).isTrue();
		assertThat(failure(this.monigo.invoices().finalize(invoice.id())).isConflict()).isTrue();
	}

	@Test
	void invoicesAreListedByStatusAndCustomerAndReadBack() {
		Subscription subscription = subscribedTo((metric) -> CreatePriceRequest.of(metric, PriceModel.FLAT_UNIT)
			.withUnitPrice(BigDecimal.ONE));
		Invoice first = invoiceFor(subscription);
		Invoice second = invoiceFor(subscription);
		await(this.monigo.invoices().finalize(second.id()));

		assertThat(all(this.monigo.invoices().list())).hasSize(2);
		assertThat(all(this.monigo.invoices().list(InvoiceFilter.all().withStatus(InvoiceStatus.DRAFT))))
			.extracting(Invoice::id)
			.containsExactly(first.id());
		assertThat(all(this.monigo.invoices().list(InvoiceFilter.all().withCustomerId("cus_other")))).isEmpty();
		assertThat(await(this.monigo.invoices().get(first.id()))).isEqualTo(first);
	}

	@Test
	void invoiceOfAnUnknownSubscriptionIsNotFound() {
		assertThat(failure(this.monigo.invoices().generate("sub_none")).isNotFound()).isTrue();
		assertThat(failure(this.monigo.invoices().get("inv_none")).isNotFound()).isTrue();
	}

}
