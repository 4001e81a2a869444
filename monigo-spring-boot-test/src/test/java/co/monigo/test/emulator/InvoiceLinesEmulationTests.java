package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import co.monigo.client.model.Aggregation;
import co.monigo.client.model.CreateMetricRequest;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreatePriceRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.GraduatedTiers;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.InvoiceLineItem;
import co.monigo.client.model.Metric;
import co.monigo.client.model.OverageTiers;
import co.monigo.client.model.PackageTiers;
import co.monigo.client.model.Plan;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.Tier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoices line by line as Monigo's pricing guide shows them, for each of its worked examples
 * ({@code pricing-examples.json}) and the models it shows the same way, read through the client:
 * description, quantity, unit price (the price's own rate) and amount (at two decimals) of every line.
 */
class InvoiceLinesEmulationTests extends EmulatorTestSupport {

	private static final GraduatedTiers GUIDE_TIERS = GraduatedTiers.of(Tier.upTo(1_000, "5.000000"),
			Tier.upTo(10_000, "3.000000"), Tier.rest("1.000000"));

	/** The invoice of a one-price plan, in {@code currency}, for {@code units} used by one customer. */
	private Invoice invoiceFor(Function<String, CreatePriceRequest> price, String currency, long units) {
		Customer ada = customer("ada");
		Metric calls = await(this.monigo.metrics()
			.create(CreateMetricRequest.of("API calls", "api_call", Aggregation.SUM, "units")));
		Plan plan = await(this.monigo.plans()
			.create(CreatePlanRequest.of("Plan").withCurrency(currency).withPrice(price.apply(calls.id()))));
		Subscription subscription = await(
				this.monigo.subscriptions().create(CreateSubscriptionRequest.of(ada.id(), plan.id())));
		await(this.monigo.events()
			.ingest(List.of(IngestEvent.of("api_call", ada.id()).withIdempotencyKey("use").withProperty("units", units))));
		return await(this.monigo.invoices().generate(subscription.id()));
	}

	private Invoice invoiceFor(Function<String, CreatePriceRequest> price, long units) {
		return invoiceFor(price, "NGN", units);
	}

	private static void assertLine(InvoiceLineItem line, String description, String quantity, String unitPrice,
			String amount) {
		assertThat(line.description()).isEqualTo(description);
		assertThat(line.quantity()).isEqualByComparingTo(quantity);
		assertThat(line.unitPrice()).isEqualTo(new BigDecimal(unitPrice));
		assertThat(line.amount()).isEqualTo(new BigDecimal(amount));
	}

	@Test
	void flatGuideExampleIsOneLineOfQuantityTimesUnitPrice() {
		Invoice invoice = invoiceFor((metric) -> CreatePriceRequest.of(metric, PriceModel.FLAT_UNIT)
			.withUnitPrice(new BigDecimal("2.000000")), 1_500);

		assertThat(invoice.lineItems()).hasSize(1);
		assertLine(invoice.lineItems().get(0), "API calls", "1500", "2.000000", "3000.00");
		assertThat(invoice.subtotal()).isEqualTo(new BigDecimal("3000.00"));
		assertThat(invoice.total()).isEqualTo(new BigDecimal("3000.00"));
	}

	@Test
	void tieredGuideExampleIsOneLinePerTier() {
		Invoice invoice = invoiceFor((metric) -> CreatePriceRequest.of(metric, PriceModel.TIERED).withTiers(GUIDE_TIERS),
				12_000);

		assertThat(invoice.lineItems()).hasSize(3);
		assertLine(invoice.lineItems().get(0), "API calls, Tier 1 (1 \u2013 1 000)", "1000", "5.000000", "5000.00");
		assertLine(invoice.lineItems().get(1), "API calls, Tier 2 (1 001 \u2013 10 000)", "9000", "3.000000",
				"27000.00");
		assertLine(invoice.lineItems().get(2), "API calls, Tier 3 (10 001 and above)", "2000", "1.000000", "2000.00");
		assertThat(invoice.total()).isEqualTo(new BigDecimal("34000.00"));
	}

	@Test
	void packageGuideExampleIsBundlesTimesTheBundlePrice() {
		Invoice invoice = invoiceFor((metric) -> CreatePriceRequest.of(metric, PriceModel.PACKAGE)
			.withTiers(new PackageTiers(1_000, new BigDecimal("500.000000"), true)), 1_500);

		assertThat(invoice.lineItems()).hasSize(1);
		assertLine(invoice.lineItems().get(0), "API calls, bundles of 1 000 (1 500 units)", "2", "500.000000",
				"1000.00");
		assertThat(invoice.total()).isEqualTo(new BigDecimal("1000.00"));
	}

	@Test
	void overageGuideExampleIsAnIncludedLineAndAnOverageLine() {
		Invoice invoice = invoiceFor((metric) -> CreatePriceRequest.of(metric, PriceModel.OVERAGE)
			.withTiers(new OverageTiers(10_000, new BigDecimal("0.000000"), new BigDecimal("1.500000"))), 13_500);

		assertThat(invoice.lineItems()).hasSize(2);
		assertLine(invoice.lineItems().get(0), "API calls, included: up to 10 000 units (10 000 used)", "1", "0.000000",
				"0.00");
		assertLine(invoice.lineItems().get(1), "API calls, overage beyond 10 000 units", "3500", "1.500000", "5250.00");
		assertThat(invoice.total()).isEqualTo(new BigDecimal("5250.00"));
	}

	@Test
	void overageWithinTheAllowanceStillShowsAnEmptyOverageLine() {
		Invoice invoice = invoiceFor((metric) -> CreatePriceRequest.of(metric, PriceModel.OVERAGE)
			.withTiers(new OverageTiers(10_000, new BigDecimal("50.000000"), new BigDecimal("1.500000"))), 9_000);

		assertLine(invoice.lineItems().get(0), "API calls, included: up to 10 000 units (9 000 used)", "1", "50.000000",
				"50.00");
		assertLine(invoice.lineItems().get(1), "API calls, overage beyond 10 000 units", "0", "1.500000", "0.00");
		assertThat(invoice.total()).isEqualTo(new BigDecimal("50.00"));
	}

	@Test
	void volumeIsOneLineAtTheRateOfTheTierTheWholeUsageFallsIn() {
		Invoice invoice = invoiceFor((metric) -> CreatePriceRequest.of(metric, PriceModel.VOLUME).withTiers(GUIDE_TIERS),
				5_000);

		assertThat(invoice.lineItems()).hasSize(1);
		assertLine(invoice.lineItems().get(0), "API calls, Tier 2 (1 001 \u2013 10 000), all units", "5000", "3.000000",
				"15000.00");
	}

	@Test
	void weightedTieredIsShownPerTierWithEachTiersOwnRate() {
		Invoice invoice = invoiceFor(
				(metric) -> CreatePriceRequest.of(metric, PriceModel.WEIGHTED_TIERED).withTiers(GUIDE_TIERS), 12_000);

		assertThat(invoice.lineItems()).extracting(InvoiceLineItem::unitPrice)
			.containsExactly(new BigDecimal("5.000000"), new BigDecimal("3.000000"), new BigDecimal("1.000000"));
		assertThat(invoice.total()).isEqualTo(new BigDecimal("34000.00"));
	}

	@Test
	void amountIsRoundedOnceHalfUpToTheCurrencysMinorUnit() {
		Invoice invoice = invoiceFor((metric) -> CreatePriceRequest.of(metric, PriceModel.FLAT_UNIT)
			.withUnitPrice(new BigDecimal("0.125000")), "USD", 1);

		assertLine(invoice.lineItems().get(0), "API calls", "1", "0.125000", "0.13");
		assertThat(invoice.total()).isEqualTo(new BigDecimal("0.13"));
	}

	@Test
	void currencyWithoutMinorUnitIsBilledInWholeUnits() {
		Invoice invoice = invoiceFor((metric) -> CreatePriceRequest.of(metric, PriceModel.FLAT_UNIT)
			.withUnitPrice(new BigDecimal("2.500000")), "JPY", 3);

		assertThat(invoice.total()).isEqualTo(new BigDecimal("8"));
	}

	@Test
	void invoiceAmountsAreWrittenWithTwoDecimalsOnTheWire() {
		Invoice invoice = invoiceFor((metric) -> CreatePriceRequest.of(metric, PriceModel.FLAT_UNIT)
			.withUnitPrice(new BigDecimal("2.000000")), 1_500);

		RawResponse raw = raw("GET", "/v1/invoices/" + invoice.id(), TEST_KEY, null);

		assertThat(raw.json().get("invoice").get("total").asString()).isEqualTo("3000.00");
		assertThat(raw.json().get("invoice").get("line_items").get(0).get("amount").asString()).isEqualTo("3000.00");
	}

}
