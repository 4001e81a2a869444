package co.monigo.test.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.Customer;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;

import static org.assertj.core.api.Assertions.assertThat;

class IngestEmulationTests extends EmulatorTestSupport {

	private static IngestEvent call(Customer customer, String key) {
		return IngestEvent.of("api_call", customer.id()).withIdempotencyKey(key);
	}

	@Test
	void ingestedEventsAreAnsweredByKeyAndReceived() {
		Customer ada = customer("ada");

		IngestResult result = await(this.monigo.events()
			.ingest(List.of(call(ada, "k1"), call(ada, "k2").withProperty("tokens", 1500))));

		assertThat(result.ingested()).containsExactly("k1", "k2");
		assertThat(result.duplicates()).isEmpty();
		assertThat(emulator.received().events()).extracting(IngestEvent::idempotencyKey).containsExactly("k1", "k2");
		assertThat(emulator.received().events().get(1).properties()).containsEntry("tokens", 1500);
	}

	@Test
	void sameEventTwiceIsOneIngestedAndOneDuplicate() {
		Customer ada = customer("ada");

		IngestResult first = await(this.monigo.events().ingest(List.of(call(ada, "k1"))));
		IngestResult second = await(this.monigo.events().ingest(List.of(call(ada, "k1"))));

		assertThat(first.ingested()).containsExactly("k1");
		assertThat(second.ingested()).isEmpty();
		assertThat(second.duplicates()).containsExactly("k1");
		assertThat(emulator.received().events()).hasSize(1);
		assertThat(emulator.received().duplicates()).extracting(IngestEvent::idempotencyKey).containsExactly("k1");
	}

	@Test
	void sameKeyTwiceInOneRequestIsStoredOnce() {
		Customer ada = customer("ada");

		IngestResult result = await(this.monigo.events().ingest(List.of(call(ada, "k1"), call(ada, "k1"))));

		assertThat(result.ingested()).containsExactly("k1");
		assertThat(result.duplicates()).containsExactly("k1");
	}

	@Test
	void eventWithoutKeyIsGivenOneAndATimestamp() {
		Customer ada = customer("ada");

		IngestResult result = await(this.monigo.events().ingest(List.of(IngestEvent.of("api_call", ada.id()))));

		assertThat(result.ingested()).singleElement().asString().matches(UUID_PATTERN);
		assertThat(emulator.received().events().get(0).timestamp()).isNotNull();
	}

	@Test
	void eventOfAnUnknownCustomerRefusesTheWholeRequestNamingTheEventByKey() {
		Customer ada = customer("ada");

		MonigoApiException refused = failure(this.monigo.events()
			.ingest(List.of(call(ada, "good"), IngestEvent.of("api_call", "cus_ghost").withIdempotencyKey("bad"))));

		assertThat(refused.isValidationError()).isTrue();
		assertThat(refused.details()).containsExactly(Map.entry("bad", "customer cus_ghost does not exist"));
		assertThat(emulator.received().events()).isEmpty();
		assertThat(emulator.received().rejectedEvents()).hasSize(2);
		assertThat(await(this.monigo.events().ingest(List.of(call(ada, "good")))).ingested()).containsExactly("good");
	}

	@Test
	void eventWithoutEventNameIsRefusedNamingItsKey() {
		Customer ada = customer("ada");
		String body = "{\"events\": [{\"customer_id\": \"" + ada.id() + "\", \"idempotency_key\": \"k1\"}]}";

		RawResponse response = raw("POST", "/v1/ingest", TEST_KEY, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("details").get("k1").asString()).contains("event_name");
	}

	@Test
	void thousandEventsAreAcceptedInOneRequest() {
		Customer ada = customer("ada");
		List<IngestEvent> events = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			events.add(call(ada, "k" + i));
		}

		assertThat(await(this.monigo.events().ingest(events)).ingested()).hasSize(1000);
	}

	@Test
	void thousandEventsWithLargePropertiesAreReadWhole() {
		Customer ada = customer("ada");
		List<IngestEvent> events = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			events.add(call(ada, "k" + i).withProperty("prompt", "x".repeat(1_000)));
		}

		assertThat(await(this.monigo.events().ingest(events)).ingested()).hasSize(1000);
	}

	@Test
	void moreThanThousandEventsAreRefusedWith400() {
		Customer ada = customer("ada");
		StringBuilder body = new StringBuilder("{\"events\": [");
		for (int i = 0; i < 1001; i++) {
			body.append((i > 0) ? "," : "")
				.append("{\"event_name\": \"api_call\", \"customer_id\": \"")
				.append(ada.id())
				.append("\", \"idempotency_key\": \"k")
				.append(i)
				.append("\"}");
		}

		RawResponse response = raw("POST", "/v1/ingest", TEST_KEY, body.append("]}").toString());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("details").get("events").asString()).contains("1 to 1000", "1001");
		assertThat(emulator.received().events()).isEmpty();
	}

	@Test
	void emptyEventListIsRefusedWith400() {
		RawResponse response = raw("POST", "/v1/ingest", TEST_KEY, "{\"events\": []}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("details").has("events")).isTrue();
	}

	@Test
	void ingestWithoutEventsIsRefusedWith400() {
		RawResponse response = raw("POST", "/v1/ingest", TEST_KEY, "{}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("details").has("events")).isTrue();
	}

}
