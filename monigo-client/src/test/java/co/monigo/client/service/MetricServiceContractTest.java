package co.monigo.client.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import co.monigo.client.model.Aggregation;
import co.monigo.client.model.CreateMetricRequest;
import co.monigo.client.model.Metric;
import co.monigo.client.model.UpdateMetricRequest;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MetricServiceContractTest extends ContractTestSupport {

	private static final String METRIC = """
			{"id": "met_1", "org_id": "org_1", "name": "Tokens used", "event_name": "llm.completion",
			 "aggregation": "sum", "aggregation_property": "tokens",
			 "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-02T10:00:00Z",
			 "future_field": {"nested": true}}""";

	private static final String COUNT_METRIC = """
			{"id": "met_2", "org_id": "org_1", "name": "API calls", "event_name": "api_call",
			 "aggregation": "count", "description": "Every billable request",
			 "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-01T10:00:00Z"}""";

	@Test
	void createPostsTheMetricWithItsAggregationPropertyAndReadsTheEnvelope() {
		wireMock.stubFor(post("/v1/metrics").willReturn(okJson("{\"metric\": " + METRIC + "}")));

		Metric metric = this.client.metrics()
			.create(CreateMetricRequest.of("Tokens used", "llm.completion", Aggregation.SUM, "tokens")
				.withDescription("Tokens per completion"))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/metrics"))).withRequestBody(
				equalToJson("{\"name\": \"Tokens used\", \"event_name\": \"llm.completion\", \"aggregation\": \"sum\", "
						+ "\"aggregation_property\": \"tokens\", \"description\": \"Tokens per completion\"}")));
		assertThat(metric).isEqualTo(new Metric("met_1", "org_1", "Tokens used", "llm.completion", Aggregation.SUM,
				"tokens", null, Instant.parse("2026-02-01T10:00:00Z"), Instant.parse("2026-02-02T10:00:00Z")));
	}

	@Test
	void createOfACountMetricSendsNoAggregationProperty() {
		wireMock.stubFor(post("/v1/metrics").willReturn(okJson("{\"metric\": " + COUNT_METRIC + "}")));

		Metric metric = this.client.metrics()
			.create(CreateMetricRequest.of("API calls", "api_call", Aggregation.COUNT))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/metrics"))).withRequestBody(
				equalToJson("{\"name\": \"API calls\", \"event_name\": \"api_call\", \"aggregation\": \"count\"}")));
		assertThat(metric.aggregation()).isEqualTo(Aggregation.COUNT);
		assertThat(metric.aggregationProperty()).isNull();
		assertThat(metric.description()).isEqualTo("Every billable request");
	}

	@Test
	void anAggregationThatReadsAPropertyIsRefusedWithoutOneBeforeAnythingIsSent() {
		for (Aggregation aggregation : List.of(Aggregation.SUM, Aggregation.MAX, Aggregation.MINIMUM,
				Aggregation.AVERAGE, Aggregation.UNIQUE)) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CreateMetricRequest.of("Tokens used", "llm.completion", aggregation))
				.withMessageStartingWith("aggregation_property is required for aggregation "
						+ aggregation.name().toLowerCase(Locale.ROOT));
		}
		wireMock.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aMetricWithoutItsRequiredFieldsIsRefusedNamingTheField() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateMetricRequest.of(" ", "api_call", Aggregation.COUNT))
			.withMessage("name is required and must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateMetricRequest.of("API calls", "", Aggregation.COUNT))
			.withMessage("event_name is required and must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateMetricRequest.of("API calls", "api_call", null))
			.withMessage("aggregation is required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateMetricRequest.of("API calls", "api_call", Aggregation.UNKNOWN))
			.withMessage("aggregation must be a value the API knows, not UNKNOWN");
	}

	@Test
	void listReadsEveryMetricAndAnAggregationItDoesNotKnowAsUnknown() {
		wireMock.stubFor(get("/v1/metrics").willReturn(okJson("{\"metrics\": [" + METRIC + ", " + COUNT_METRIC
				+ ", {\"id\": \"met_3\", \"name\": \"p99 latency\", \"event_name\": \"api_call\","
				+ " \"aggregation\": \"percentile_99\", \"aggregation_property\": \"latency_ms\"}], \"count\": 3}")));

		List<Metric> metrics = this.client.metrics().list().collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/metrics"))));
		assertThat(metrics).extracting(Metric::id).containsExactly("met_1", "met_2", "met_3");
		assertThat(metrics).extracting(Metric::aggregation)
			.containsExactly(Aggregation.SUM, Aggregation.COUNT, Aggregation.UNKNOWN);
		assertThat(metrics.get(2).createdAt()).isNull();
	}

	@Test
	void getEncodesTheIdAsOnePathSegment() {
		wireMock.stubFor(
				get(urlEqualTo("/v1/metrics/met%2F1%3Fx=1")).willReturn(okJson("{\"metric\": " + METRIC + "}")));

		Metric metric = this.client.metrics().get("met/1?x=1").block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/metrics/met%2F1%3Fx=1"))));
		assertThat(metric.id()).isEqualTo("met_1");
		assertThat(metric.aggregationProperty()).isEqualTo("tokens");
	}

	@Test
	void updatePutsOnlyTheChangedFields() {
		wireMock.stubFor(put("/v1/metrics/met_1").willReturn(okJson("{\"metric\": " + METRIC + "}")));

		Metric metric = this.client.metrics()
			.update("met_1", UpdateMetricRequest.empty()
				.withAggregation(Aggregation.MAX)
				.withAggregationProperty("tokens")
				.withDescription("Largest completion"))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(putRequestedFor(urlEqualTo("/v1/metrics/met_1")))
			.withRequestBody(equalToJson("{\"aggregation\": \"max\", \"aggregation_property\": \"tokens\", "
					+ "\"description\": \"Largest completion\"}")));
		assertThat(metric.name()).isEqualTo("Tokens used");
	}

	@Test
	void deleteSendsNoBodyAndNoIdempotencyKey() {
		wireMock.stubFor(delete("/v1/metrics/met_1").willReturn(aResponse().withStatus(204)));

		this.client.metrics().delete("met_1").block(WAIT);

		wireMock.verify(
				reading(deleteRequestedFor(urlEqualTo("/v1/metrics/met_1"))).withHeader("Content-Type", absent()));
	}

}
