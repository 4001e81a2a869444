package co.monigo.test.emulator;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.BillingPeriod;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreatePriceRequest;
import co.monigo.client.model.GraduatedTiers;
import co.monigo.client.model.Metric;
import co.monigo.client.model.PackageTiers;
import co.monigo.client.model.Plan;
import co.monigo.client.model.PlanType;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.Tier;
import co.monigo.client.model.UpdatePlanRequest;
import co.monigo.client.model.UpdatePriceRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PlanEmulationTests extends EmulatorTestSupport {

	@Test
	void planWithoutChoicesTakesTheServerDefaults() {
		Plan plan = await(this.monigo.plans().create(CreatePlanRequest.of("Starter")));

		assertThat(plan.id()).matches(UUID_PATTERN);
		assertThat(plan.currency()).isEqualTo("NGN");
		assertThat(plan.planType()).isEqualTo(PlanType.COLLECTION);
		assertThat(plan.billingPeriod()).isEqualTo(BillingPeriod.MONTHLY);
		assertThat(plan.trialPeriodDays()).isZero();
		assertThat(plan.prices()).isEmpty();
	}

	@Test
	void pricesComeBackWithIdsTheirModelAndTheirTiers() {
		Metric calls = countMetric("api_call");
		GraduatedTiers tiers = GraduatedTiers.of(Tier.upTo(1_000, "5.00"), Tier.rest("1.00"));

		Plan plan = await(this.monigo.plans()
			.create(CreatePlanRequest.of("Growth")
				.withPrice(CreatePriceRequest.of(calls.id(), PriceModel.TIERED).withTiers(tiers))
				.withPrice(CreatePriceRequest.of(calls.id(), PriceModel.PACKAGE)
					.withTiers(new PackageTiers(100, new BigDecimal("50.00"), null)))));

		assertThat(plan.prices()).hasSize(2);
		assertThat(plan.prices().get(0).id()).matches(UUID_PATTERN);
		assertThat(plan.prices().get(0).planId()).isEqualTo(plan.id());
		assertThat(plan.prices().get(0).tiers()).isEqualTo(tiers);
		assertThat(plan.prices().get(1).tiers()).isInstanceOf(PackageTiers.class);
		assertThat(await(this.monigo.plans().get(plan.id()))).isEqualTo(plan);
	}

	@Test
	void flatPriceWithoutUnitPriceIsRefusedByThePriceValidator() {
		Metric calls = countMetric("api_call");

		MonigoApiException refused = failure(this.monigo.plans()
			.create(CreatePlanRequest.of("Broken").withPrice(CreatePriceRequest.of(calls.id(), PriceModel.FLAT_UNIT))));

		assertThat(refused.isValidationError()).isTrue();
		assertThat(refused.details()).containsEntry("prices[0]", "Invalid flat_unit price: unit_price is required");
	}

	@Test
	void tieredPriceWithoutTiersIsRefusedByThePriceValidator() {
		Metric calls = countMetric("api_call");

		MonigoApiException refused = failure(this.monigo.plans()
			.create(CreatePlanRequest.of("Broken").withPrice(CreatePriceRequest.of(calls.id(), PriceModel.TIERED))));

		assertThat(refused.details()).containsKey("prices[0]");
		assertThat(refused.details().get("prices[0]")).contains("tiers must be");
	}

	@Test
	void tiersWithAClosedLastTierAreRefusedWithFieldDetails() {
		Metric calls = countMetric("api_call");
		String body = "{\"name\": \"Broken\", \"prices\": [{\"metric_id\": \"" + calls.id() + "\", \"model\": \"tiered\","
				+ " \"tiers\": [{\"up_to\": 10, \"unit_amount\": \"1.00\"}]}]}";

		RawResponse response = raw("POST", "/v1/plans", TEST_KEY, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("details").get("prices[0].tiers[0].up_to").asString())
			.contains("must be null");
	}

	@Test
	void priceOfAMetricThatDoesNotExistIsRefused() {
		MonigoApiException refused = failure(this.monigo.plans()
			.create(CreatePlanRequest.of("Broken")
				.withPrice(CreatePriceRequest.of("met_missing", PriceModel.FLAT_UNIT).withUnitPrice(BigDecimal.ONE))));

		assertThat(refused.details()).containsEntry("prices[0].metric_id", "metric met_missing does not exist");
	}

	@Test
	void updateChangesAPriceByIdAndAddsAPriceWithoutOne() {
		Metric calls = countMetric("api_call");
		Metric sms = countMetric("sms");
		Plan plan = await(this.monigo.plans()
			.create(CreatePlanRequest.of("Growth")
				.withPrice(CreatePriceRequest.of(calls.id(), PriceModel.FLAT_UNIT).withUnitPrice(new BigDecimal("2.00")))));
		String priceId = plan.prices().get(0).id();

		Plan updated = await(this.monigo.plans()
			.update(plan.id(), UpdatePlanRequest.empty()
				.withName("Growth 2")
				.withPrice(UpdatePriceRequest.change(priceId).withUnitPrice(new BigDecimal("3.00")))
				.withPrice(UpdatePriceRequest.add(sms.id(), PriceModel.FLAT_UNIT).withUnitPrice(new BigDecimal("4.00")))));

		assertThat(updated.name()).isEqualTo("Growth 2");
		assertThat(updated.prices()).hasSize(2);
		assertThat(updated.prices().get(0).id()).isEqualTo(priceId);
		assertThat(updated.prices().get(0).unitPrice()).isEqualByComparingTo("3.00");
		assertThat(updated.prices().get(1).metricId()).isEqualTo(sms.id());
	}

	@Test
	void updateOfAPriceThePlanDoesNotHaveIsRefused() {
		Plan plan = await(this.monigo.plans().create(CreatePlanRequest.of("Growth")));

		MonigoApiException refused = failure(this.monigo.plans()
			.update(plan.id(), UpdatePlanRequest.empty().withPrice(UpdatePriceRequest.change("price_other"))));

		assertThat(refused.details()).containsKey("prices[0].id");
	}

	@Test
	void plansAreListedAndDeleted() {
		Plan plan = await(this.monigo.plans().create(CreatePlanRequest.of("Starter")));

		assertThat(all(this.monigo.plans().list())).containsExactly(plan);
		await(this.monigo.plans().delete(plan.id()));
		assertThat(all(this.monigo.plans().list())).isEmpty();
		assertThat(failure(this.monigo.plans().delete(plan.id())).isNotFound()).isTrue();
	}

}
