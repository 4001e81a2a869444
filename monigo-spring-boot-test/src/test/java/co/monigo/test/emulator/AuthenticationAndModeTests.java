package co.monigo.test.emulator;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.IngestEvent;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationAndModeTests extends EmulatorTestSupport {

	@Test
	void requestWithoutKeyAnswers401() {
		RawResponse response = raw("GET", "/v1/customers", null, null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").asString()).contains("API key");
	}

	@Test
	void keyOfNeitherModeAnswers401ThroughTheClient() {
		MonigoClient stranger = client("sk_live_12345");

		assertThat(failure(stranger.customers().list().collectList()).isUnauthorized()).isTrue();
	}

	@Test
	void unknownEndpointAnswers404() {
		RawResponse response = raw("GET", "/v1/nothing-here", TEST_KEY, null);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("error").asString()).contains("GET /v1/nothing-here");
	}

	@Test
	void testDataIsInvisibleToALiveKeyAndTheOtherWayRound() {
		MonigoClient live = client(LIVE_KEY);
		Customer testCustomer = customer("ada");
		Customer liveCustomer = await(live.customers().create(CreateCustomerRequest.of("ada", "Ada")));

		assertThat(all(this.monigo.customers().list())).containsExactly(testCustomer);
		assertThat(all(live.customers().list())).containsExactly(liveCustomer);
		assertThat(failure(live.customers().get(testCustomer.id())).isNotFound()).isTrue();
		assertThat(failure(this.monigo.customers().get(liveCustomer.id())).isNotFound()).isTrue();
	}

	@Test
	void eventsAreDeduplicatedPerMode() {
		MonigoClient live = client(LIVE_KEY);
		Customer testCustomer = customer("ada");
		Customer liveCustomer = await(live.customers().create(CreateCustomerRequest.of("ada", "Ada")));

		await(this.monigo.events().ingest(List.of(IngestEvent.of("api_call", testCustomer.id()).withIdempotencyKey("k"))));
		List<String> liveIngested = await(
				live.events().ingest(List.of(IngestEvent.of("api_call", liveCustomer.id()).withIdempotencyKey("k"))))
			.ingested();

		assertThat(liveIngested).containsExactly("k");
		assertThat(failure(live.events().ingest(List.of(IngestEvent.of("api_call", testCustomer.id())))).details())
			.containsValue("customer " + testCustomer.id() + " does not exist");
	}

}
