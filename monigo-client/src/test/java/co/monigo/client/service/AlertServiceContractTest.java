package co.monigo.client.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.core.RequestOptions;
import co.monigo.client.model.Alert;
import co.monigo.client.model.AlertFilter;
import co.monigo.client.model.AlertScope;
import co.monigo.client.model.AlertThreshold;
import co.monigo.client.model.AlertType;
import co.monigo.client.model.CreateAlertRequest;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AlertServiceContractTest extends ContractTestSupport {

	private static final String ALERT = """
			{"id": "alert_1", "org_id": "org_1", "type": "usage_exceeded", "scope": "customer", "scope_id": "cus_1",
			 "metric_id": "met_calls", "thresholds": [{"value": "1000", "label": "warn"}, {"value": "5000.50"}],
			 "require_acknowledgment": true, "is_enabled": true,
			 "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-02T10:00:00Z",
			 "future_field": {"nested": true}}""";

	private static final String OTHER_ALERT = """
			{"id": "alert_2", "type": "spend_forecast", "scope": "organisation", "scope_id": "org_1",
			 "thresholds": [{"value": "10.00"}], "enabled": false}""";

	private static String envelope(String alert) {
		return "{\"alert\": " + alert + "}";
	}

	@Test
	void createPostsEveryFieldAndReadsTheEnvelope() {
		wireMock.stubFor(post("/v1/alerts").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(envelope(ALERT))));

		Alert alert = this.client.alerts()
			.create(CreateAlertRequest
				.of(AlertType.USAGE_EXCEEDED, AlertScope.CUSTOMER, "cus_1",
						List.of(AlertThreshold.of("1000", "warn"), AlertThreshold.of("5000.50")))
				.withMetricId("met_calls")
				.withCurrency("NGN")
				.withRequireAcknowledgment(true))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/alerts"))).withRequestBody(equalToJson("""
				{"type": "usage_exceeded", "scope": "customer", "scope_id": "cus_1", "metric_id": "met_calls",
				 "currency": "NGN", "thresholds": [{"value": "1000", "label": "warn"}, {"value": "5000.50"}],
				 "require_acknowledgment": true}""")));
		assertThat(alert).isEqualTo(new Alert("alert_1", "org_1", AlertType.USAGE_EXCEEDED, AlertScope.CUSTOMER,
				"cus_1", "met_calls", null,
				List.of(new AlertThreshold(new BigDecimal("1000"), "warn"),
						new AlertThreshold(new BigDecimal("5000.50"), null)),
				true, true, Instant.parse("2026-02-01T10:00:00Z"), Instant.parse("2026-02-02T10:00:00Z")));
	}

	@Test
	void createSendsOnlyTheRequiredFieldsWhenNothingElseIsSet() {
		wireMock.stubFor(post("/v1/alerts").willReturn(okJson(envelope(ALERT))));

		this.client.alerts()
			.create(CreateAlertRequest.of(AlertType.WALLET_BALANCE_DROPPED, AlertScope.CUSTOMER, "cus_1",
					List.of(AlertThreshold.of("100.00"))), RequestOptions.idempotencyKey("alert-cus_1"))
			.block(WAIT);

		wireMock.verify(postRequestedFor(urlEqualTo("/v1/alerts")).withHeader("Idempotency-Key", equalTo("alert-cus_1"))
			.withRequestBody(equalToJson("""
					{"type": "wallet_balance_dropped", "scope": "customer", "scope_id": "cus_1",
					 "thresholds": [{"value": "100.00"}]}""")));
	}

	@Test
	void createOfASecondAlertOnTheSameScopeIsAConflict() {
		wireMock.stubFor(post("/v1/alerts").willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": \"an alert already exists for this scope\"}")));

		assertThatExceptionOfType(MonigoApiException.class).isThrownBy(() -> this.client.alerts()
			.create(CreateAlertRequest.of(AlertType.COST_EXCEEDED, AlertScope.PLAN, "plan_1",
					List.of(AlertThreshold.of("10"))))
			.block(WAIT)).satisfies((conflict) -> assertThat(conflict.isConflict()).isTrue());
	}

	@Test
	void createRequestNamesTheWireFieldsItNeeds() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateAlertRequest.of(AlertType.COST_EXCEEDED, AlertScope.PLAN, " ",
					List.of(AlertThreshold.of("10"))))
			.withMessage("scope_id is required and must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateAlertRequest.of(AlertType.UNKNOWN, AlertScope.PLAN, "plan_1",
					List.of(AlertThreshold.of("10"))))
			.withMessageContaining("type");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateAlertRequest.of(AlertType.COST_EXCEEDED, AlertScope.PLAN, "plan_1", List.of()))
			.withMessageContaining("thresholds");
	}

	@Test
	void listWithoutFilterSendsNoQueryAndReadsUnknownValuesAsUnknown() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/alerts"))
			.willReturn(okJson("{\"alerts\": [" + ALERT + ", " + OTHER_ALERT + "], \"count\": 2}")));

		List<Alert> alerts = this.client.alerts().list().collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/alerts"))));
		assertThat(alerts).extracting(Alert::type).containsExactly(AlertType.USAGE_EXCEEDED, AlertType.UNKNOWN);
		assertThat(alerts).extracting(Alert::scope).containsExactly(AlertScope.CUSTOMER, AlertScope.UNKNOWN);
		assertThat(alerts).extracting(Alert::enabled).containsExactly(true, false);
	}

	@Test
	void listSendsEverySetFilterAndThePageEncoded() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/alerts")).willReturn(okJson("{\"alerts\": [], \"count\": 0}")));

		this.client.alerts()
			.list(AlertFilter.all()
				.withType(AlertType.COST_EXCEEDED)
				.withScope(AlertScope.SUBSCRIPTION)
				.withCustomerId("cus 1&x=y")
				.withSubscriptionId("sub_1")
				.withPlanId("plan_1")
				.withPage(20, 40))
			.collectList()
			.block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/alerts?type=cost_exceeded&scope=subscription"
				+ "&customer_id=cus%201%26x%3Dy&subscription_id=sub_1&plan_id=plan_1&limit=20&offset=40"))));
	}

	@Test
	void getEncodesTheIdAsOnePathSegment() {
		wireMock.stubFor(get(urlEqualTo("/v1/alerts/alert%2F1")).willReturn(okJson(envelope(ALERT))));

		Alert alert = this.client.alerts().get("alert/1").block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/alerts/alert%2F1"))));
		assertThat(alert.id()).isEqualTo("alert_1");
	}

	@Test
	void updateThresholdsPutsOnlyTheThresholds() {
		wireMock.stubFor(put("/v1/alerts/alert_1").willReturn(okJson(envelope(ALERT))));

		this.client.alerts()
			.updateThresholds("alert_1", List.of(AlertThreshold.of("2000", "more"), AlertThreshold.of("9000")))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(putRequestedFor(urlEqualTo("/v1/alerts/alert_1"))).withRequestBody(
				equalToJson("{\"thresholds\": [{\"value\": \"2000\", \"label\": \"more\"}, {\"value\": \"9000\"}]}")));
	}

	@Test
	void deleteSendsNoBodyAndNoIdempotencyKey() {
		wireMock.stubFor(delete("/v1/alerts/alert_1").willReturn(aResponse().withStatus(204)));

		this.client.alerts().delete("alert_1").block(WAIT);

		wireMock.verify(reading(deleteRequestedFor(urlEqualTo("/v1/alerts/alert_1"))).withHeader("Content-Type",
				absent()));
	}

	@Test
	void enablePostsWithoutABody() {
		wireMock.stubFor(post("/v1/alerts/alert_1/enable").willReturn(okJson(envelope(ALERT))));

		Alert alert = this.client.alerts().enable("alert_1").block(WAIT);

		wireMock.verify(mutatingWithoutBody(postRequestedFor(urlEqualTo("/v1/alerts/alert_1/enable")))
			.withRequestBody(absent()));
		assertThat(alert.enabled()).isTrue();
	}

	@Test
	void disablePostsWithoutABody() {
		wireMock.stubFor(post("/v1/alerts/alert_1/disable")
			.willReturn(okJson(envelope(ALERT.replace("\"is_enabled\": true", "\"is_enabled\": false")))));

		Alert alert = this.client.alerts().disable("alert_1").block(WAIT);

		wireMock.verify(mutatingWithoutBody(postRequestedFor(urlEqualTo("/v1/alerts/alert_1/disable")))
			.withRequestBody(absent()));
		assertThat(alert.enabled()).isFalse();
	}

}
