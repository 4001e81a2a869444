package co.monigo.client.service;

import org.junit.jupiter.api.Test;

import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.Plan;
import co.monigo.client.model.UpdatePlanRequest;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlanTrialPeriodContractTest extends ContractTestSupport {

	private static final String PLAN = """
			{"plan": {"id": "plan_1", "org_id": "org_1", "name": "API Pro", "currency": "NGN",
			 "plan_type": "collection", "billing_period": "monthly", "trial_period_days": 14, "prices": [],
			 "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-01T10:00:00Z"}}""";

	@Test
	void createSendsTheTrialPeriodDays() {
		wireMock.stubFor(post("/v1/plans").willReturn(okJson(PLAN)));

		Plan plan = this.client.plans().create(CreatePlanRequest.of("API Pro").withTrialPeriodDays(14)).block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/plans")))
			.withRequestBody(equalToJson("{\"name\": \"API Pro\", \"trial_period_days\": 14}")));
		assertThat(plan.trialPeriodDays()).isEqualTo(14);
	}

	@Test
	void createWithoutATrialSendsNoTrialField() {
		wireMock.stubFor(post("/v1/plans").willReturn(okJson(PLAN)));

		this.client.plans().create(CreatePlanRequest.of("API Pro")).block(WAIT);

		wireMock.verify(postRequestedFor(urlEqualTo("/v1/plans")).withRequestBody(equalToJson("{\"name\": \"API Pro\"}")));
	}

	@Test
	void updateSendsOnlyTheTrialPeriodDays() {
		wireMock.stubFor(put("/v1/plans/plan_1").willReturn(okJson(PLAN)));

		this.client.plans().update("plan_1", UpdatePlanRequest.empty().withTrialPeriodDays(0)).block(WAIT);

		wireMock.verify(mutatingWithBody(putRequestedFor(urlEqualTo("/v1/plans/plan_1")))
			.withRequestBody(equalToJson("{\"trial_period_days\": 0}")));
	}

	@Test
	void negativeTrialPeriodIsRefusedNamingTheWireField() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreatePlanRequest.of("API Pro").withTrialPeriodDays(-1))
			.withMessageContaining("trial_period_days");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdatePlanRequest.empty().withTrialPeriodDays(-1))
			.withMessageContaining("trial_period_days");
	}

}
