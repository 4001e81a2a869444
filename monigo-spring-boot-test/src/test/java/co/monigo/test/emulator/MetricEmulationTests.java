package co.monigo.test.emulator;

import org.junit.jupiter.api.Test;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.Aggregation;
import co.monigo.client.model.CreateMetricRequest;
import co.monigo.client.model.Metric;
import co.monigo.client.model.UpdateMetricRequest;

import static org.assertj.core.api.Assertions.assertThat;

class MetricEmulationTests extends EmulatorTestSupport {

	@Test
	void createdMetricKeepsItsEventNameAggregationAndProperty() {
		Metric metric = await(this.monigo.metrics()
			.create(CreateMetricRequest.of("Tokens", "llm_call", Aggregation.SUM, "tokens").withDescription("LLM tokens")));

		assertThat(metric.id()).matches(UUID_PATTERN);
		assertThat(metric.eventName()).isEqualTo("llm_call");
		assertThat(metric.aggregation()).isEqualTo(Aggregation.SUM);
		assertThat(metric.aggregationProperty()).isEqualTo("tokens");
		assertThat(metric.description()).isEqualTo("LLM tokens");
	}

	@Test
	void metricsAreListedReadUpdatedAndDeleted() {
		Metric calls = countMetric("api_call");

		assertThat(all(this.monigo.metrics().list())).containsExactly(calls);
		assertThat(await(this.monigo.metrics().get(calls.id()))).isEqualTo(calls);

		Metric renamed = await(this.monigo.metrics().update(calls.id(), UpdateMetricRequest.empty().withName("Calls")));
		assertThat(renamed.name()).isEqualTo("Calls");
		assertThat(renamed.eventName()).isEqualTo("api_call");

		await(this.monigo.metrics().delete(calls.id()));
		assertThat(failure(this.monigo.metrics().get(calls.id())).isNotFound()).isTrue();
	}

	@Test
	void updateToAnAggregationThatReadsAPropertyNeedsTheProperty() {
		Metric calls = countMetric("api_call");

		MonigoApiException refused = failure(
				this.monigo.metrics().update(calls.id(), UpdateMetricRequest.empty().withAggregation(Aggregation.MAX)));

		assertThat(refused.isValidationError()).isTrue();
		assertThat(refused.details()).containsKey("aggregation_property");
	}

	@Test
	void sumMetricWithoutPropertyIsRefusedWithFieldDetails() {
		RawResponse response = raw("POST", "/v1/metrics", TEST_KEY,
				"{\"name\": \"Tokens\", \"event_name\": \"llm_call\", \"aggregation\": \"sum\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("details").has("aggregation_property")).isTrue();
	}

	@Test
	void metricWithoutEventNameIsRefusedWithFieldDetails() {
		RawResponse response = raw("POST", "/v1/metrics", TEST_KEY, "{\"name\": \"Calls\", \"aggregation\": \"count\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("details").has("event_name")).isTrue();
	}

}
