package co.monigo.client.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.client.model.BillingPeriod;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreatePriceRequest;
import co.monigo.client.model.GraduatedTiers;
import co.monigo.client.model.OverageTiers;
import co.monigo.client.model.PackageTiers;
import co.monigo.client.model.Plan;
import co.monigo.client.model.PlanType;
import co.monigo.client.model.Price;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.Tier;
import co.monigo.client.model.UpdatePlanRequest;
import co.monigo.client.model.UpdatePriceRequest;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class PlanServiceContractTest extends ContractTestSupport {

	/** A plan with one price of each shape of tiers, and one flat price, as the server answers it. */
	private static final String PLAN = """
			{"id": "plan_1", "org_id": "org_1", "name": "API Pro", "currency": "NGN", "plan_type": "collection",
			 "billing_period": "monthly", "trial_period_days": 14,
			 "prices": [
			  {"id": "price_flat", "plan_id": "plan_1", "metric_id": "met_calls", "model": "flat_unit",
			   "unit_price": "2.000000", "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-01T10:00:00Z"},
			  {"id": "price_tiered", "plan_id": "plan_1", "metric_id": "met_calls", "model": "tiered",
			   "unit_price": "0.000000",
			   "tiers": [{"up_to": 1000, "unit_amount": "5.000000"}, {"up_to": 10000, "unit_amount": "3.00"},
			             {"up_to": null, "unit_amount": "1.000000"}],
			   "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-01T10:00:00Z"},
			  {"id": "price_package", "plan_id": "plan_1", "metric_id": "met_sms", "model": "package",
			   "tiers": {"package_size": 1000, "package_price": "500.000000", "round_up_partial_block": true},
			   "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-01T10:00:00Z"},
			  {"id": "price_overage", "plan_id": "plan_1", "metric_id": "met_api", "model": "overage",
			   "tiers": {"included_units": 10000, "base_price": "0.000000", "overage_price": "1.50",
			             "future_tier_field": 1},
			   "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-01T10:00:00Z"}],
			 "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-02T10:00:00Z",
			 "future_field": {"nested": true}}""";

	/** equalToJson tells {@code "up_to": null} from an absent {@code up_to}: the last tier's must be explicit. */
	@Test
	void createSendsEachKindOfTiersInTheShapeOfTheSpecWithMoneyAsDecimalStrings() {
		wireMock.stubFor(post("/v1/plans").willReturn(okJson("{\"plan\": " + PLAN + "}")));

		Plan plan = this.client.plans()
			.create(CreatePlanRequest.of("API Pro")
				.withDescription("Pay as you go")
				.withCurrency("NGN")
				.withPlanType(PlanType.COLLECTION)
				.withBillingPeriod(BillingPeriod.MONTHLY)
				.withPrice(CreatePriceRequest.of("met_calls", PriceModel.FLAT_UNIT)
					.withUnitPrice(new BigDecimal("2.000000")))
				.withPrice(CreatePriceRequest.of("met_calls", PriceModel.TIERED)
					.withTiers(GraduatedTiers.of(Tier.upTo(1000, "5.000000"), Tier.rest("1.000000"))))
				.withPrice(CreatePriceRequest.of("met_sms", PriceModel.PACKAGE)
					.withTiers(new PackageTiers(1000, new BigDecimal("500.000000"), true)))
				.withPrice(CreatePriceRequest.of("met_api", PriceModel.OVERAGE)
					.withTiers(new OverageTiers(10000, new BigDecimal("0.000000"), new BigDecimal("1.500000")))))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/plans"))).withRequestBody(equalToJson("""
				{"name": "API Pro", "description": "Pay as you go", "currency": "NGN", "plan_type": "collection",
				 "billing_period": "monthly",
				 "prices": [
				  {"metric_id": "met_calls", "model": "flat_unit", "unit_price": "2.000000"},
				  {"metric_id": "met_calls", "model": "tiered",
				   "tiers": [{"up_to": 1000, "unit_amount": "5.000000"}, {"up_to": null, "unit_amount": "1.000000"}]},
				  {"metric_id": "met_sms", "model": "package",
				   "tiers": {"package_size": 1000, "package_price": "500.000000", "round_up_partial_block": true}},
				  {"metric_id": "met_api", "model": "overage",
				   "tiers": {"included_units": 10000, "base_price": "0.000000", "overage_price": "1.500000"}}]}""")));
		assertThat(plan.id()).isEqualTo("plan_1");
		assertThat(plan.prices()).hasSize(4);
	}

	@Test
	void getDecodesEachKindOfTiersToItsOwnTypeWithExactDecimals() {
		wireMock.stubFor(get("/v1/plans/plan_1").willReturn(okJson("{\"plan\": " + PLAN + "}")));

		Plan plan = this.client.plans().get("plan_1").block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/plans/plan_1"))));
		assertThat(plan.name()).isEqualTo("API Pro");
		assertThat(plan.description()).isNull();
		assertThat(plan.currency()).isEqualTo("NGN");
		assertThat(plan.planType()).isEqualTo(PlanType.COLLECTION);
		assertThat(plan.billingPeriod()).isEqualTo(BillingPeriod.MONTHLY);
		assertThat(plan.trialPeriodDays()).isEqualTo(14);
		assertThat(plan.createdAt()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
		assertThat(plan.prices()).extracting(Price::model)
			.containsExactly(PriceModel.FLAT_UNIT, PriceModel.TIERED, PriceModel.PACKAGE, PriceModel.OVERAGE);

		Price flat = plan.prices().get(0);
		assertThat(flat.unitPrice().toPlainString()).isEqualTo("2.000000");
		assertThat(flat.tiers()).isNull();

		assertThat(plan.prices().get(1).tiers()).isEqualTo(GraduatedTiers.of(Tier.upTo(1000, "5.000000"),
				Tier.upTo(10000, "3.00"), Tier.rest("1.000000")));
		GraduatedTiers graduated = (GraduatedTiers) plan.prices().get(1).tiers();
		assertThat(graduated.tiers()).extracting(Tier::upTo).containsExactly(1000L, 10000L, null);
		assertThat(graduated.tiers()).extracting((tier) -> tier.unitAmount().toPlainString())
			.containsExactly("5.000000", "3.00", "1.000000");

		assertThat(plan.prices().get(2).tiers())
			.isEqualTo(new PackageTiers(1000, new BigDecimal("500.000000"), true));
		assertThat(((PackageTiers) plan.prices().get(2).tiers()).packagePrice().toPlainString())
			.isEqualTo("500.000000");

		assertThat(plan.prices().get(3).tiers())
			.isEqualTo(new OverageTiers(10000, new BigDecimal("0.000000"), new BigDecimal("1.50")));
		OverageTiers overage = (OverageTiers) plan.prices().get(3).tiers();
		assertThat(overage.basePrice().toPlainString()).isEqualTo("0.000000");
		assertThat(overage.overagePrice().toPlainString()).isEqualTo("1.50");
	}

	@Test
	void listReadsEveryPlanAndValuesItDoesNotKnowAsUnknown() {
		wireMock.stubFor(get("/v1/plans").willReturn(okJson("{\"plans\": [" + PLAN
				+ ", {\"id\": \"plan_2\", \"name\": \"Marketplace\", \"currency\": \"KES\","
				+ " \"plan_type\": \"marketplace\", \"billing_period\": \"biennially\", \"prices\": ["
				+ "{\"id\": \"price_9\", \"metric_id\": \"met_calls\", \"model\": \"matrix\"}]},"
				+ " {\"id\": \"plan_3\", \"name\": \"Free\", \"currency\": \"NGN\", \"plan_type\": \"payout\","
				+ " \"billing_period\": \"weekly\", \"prices\": null}], \"count\": 3}")));

		List<Plan> plans = this.client.plans().list().collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/plans"))));
		assertThat(plans).extracting(Plan::id).containsExactly("plan_1", "plan_2", "plan_3");
		assertThat(plans).extracting(Plan::planType)
			.containsExactly(PlanType.COLLECTION, PlanType.UNKNOWN, PlanType.PAYOUT);
		assertThat(plans).extracting(Plan::billingPeriod)
			.containsExactly(BillingPeriod.MONTHLY, BillingPeriod.UNKNOWN, BillingPeriod.WEEKLY);
		assertThat(plans.get(1).prices()).extracting(Price::model).containsExactly(PriceModel.UNKNOWN);
		assertThat(plans.get(1).trialPeriodDays()).isZero();
		assertThat(plans.get(2).prices()).isEmpty();
	}

	@Test
	void updatePutsTheChangedFieldsAndPricesToChangeByIdOrToAdd() {
		wireMock.stubFor(put("/v1/plans/plan_1").willReturn(okJson("{\"plan\": " + PLAN + "}")));

		Plan plan = this.client.plans()
			.update("plan_1", UpdatePlanRequest.empty()
				.withName("API Pro 2026")
				.withBillingPeriod(BillingPeriod.QUARTERLY)
				.withPrice(UpdatePriceRequest.change("price_tiered")
					.withTiers(GraduatedTiers.of(Tier.upTo(5000, "4.50"), Tier.rest("0.750000"))))
				.withPrice(UpdatePriceRequest.add("met_storage", PriceModel.PER_UNIT)
					.withUnitPrice(new BigDecimal("0.10"))))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(putRequestedFor(urlEqualTo("/v1/plans/plan_1")))
			.withRequestBody(equalToJson("""
				{"name": "API Pro 2026", "billing_period": "quarterly",
				 "prices": [
				  {"id": "price_tiered",
				   "tiers": [{"up_to": 5000, "unit_amount": "4.50"}, {"up_to": null, "unit_amount": "0.750000"}]},
				  {"metric_id": "met_storage", "model": "per_unit", "unit_price": "0.10"}]}""")));
		assertThat(plan.id()).isEqualTo("plan_1");
	}

	@Test
	void deleteSendsNoBodyAndNoIdempotencyKey() {
		wireMock.stubFor(delete("/v1/plans/plan_1").willReturn(aResponse().withStatus(204)));

		this.client.plans().delete("plan_1").block(WAIT);

		wireMock.verify(
				reading(deleteRequestedFor(urlEqualTo("/v1/plans/plan_1"))).withHeader("Content-Type", absent()));
	}

}
