package co.monigo.test.emulator;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import co.monigo.client.model.CreatePortalTokenRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.Metric;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /_emulator/state}: what the emulator holds, per mode, without a key.
 */
class StatePageTests extends EmulatorTestSupport {

	@Test
	void stateShowsCustomersMetricsAndUsagePerMetricOfEachMode() {
		Customer ada = customer("ada");
		Metric calls = countMetric("api_call");
		await(this.monigo.events()
			.ingest(List.of(IngestEvent.of("api_call", ada.id()).withIdempotencyKey("a"),
					IngestEvent.of("api_call", ada.id()).withIdempotencyKey("b"))));

		RawResponse state = raw("GET", "/_emulator/state", null, null);

		assertThat(state.status()).isEqualTo(200);
		JsonNode test = state.json().get("test");
		assertThat(test.get("customers").get(0).get("external_id").asString()).isEqualTo("ada");
		assertThat(test.get("metrics").get(0).get("id").asString()).isEqualTo(calls.id());
		JsonNode usage = test.get("usage").get(0);
		assertThat(usage.get("customer_id").asString()).isEqualTo(ada.id());
		assertThat(usage.get("metric_name").asString()).isEqualTo("api_call count");
		assertThat(usage.get("event_count").asInt()).isEqualTo(2);
		assertThat(test.get("events_received").asInt()).isEqualTo(2);
		assertThat(state.json().get("live").get("customers")).isEmpty();
		assertThat(state.json().has("now")).isTrue();
	}

	@Test
	void stateListsPortalTokensWithoutTheirSecret() {
		customer("ada");
		String secret = await(this.monigo.portalTokens().create(CreatePortalTokenRequest.of("ada"))).token();

		RawResponse state = raw("GET", "/_emulator/state", null, null);

		assertThat(state.json().get("test").get("portal_tokens")).hasSize(1);
		assertThat(state.body()).doesNotContain(secret);
	}

	@Test
	void stateIsReachedEvenWhileFaultsFailEveryRequest() {
		emulator.faults().always().respondWith(503);

		assertThat(raw("GET", "/_emulator/state", null, null).status()).isEqualTo(200);
	}

	@Test
	void browserPageShowsTheStateFromTheStateEndpoint() {
		RawResponse page = raw("GET", "/_emulator", null, null);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<title>Monigo emulator</title>").contains("fetch('/_emulator/state')");
	}

	@Test
	void absentOptionalFieldsAreWrittenAsNull() {
		Customer ada = customer("ada");

		JsonNode customer = raw("GET", "/v1/customers/" + ada.id(), TEST_KEY, null).json().get("customer");

		assertThat(customer.has("email")).isTrue();
		assertThat(customer.get("email").isNull()).isTrue();
		assertThat(customer.get("metadata").isNull()).isTrue();
	}

}
