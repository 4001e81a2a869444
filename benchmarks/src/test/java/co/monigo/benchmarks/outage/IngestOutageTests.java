package co.monigo.benchmarks.outage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IngestOutageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final MonigoEmulator emulator = MonigoEmulator.start();

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void reset() {
		emulator.reset();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void healthyLeavesIngestAnswering() throws Exception {
		IngestOutage.HEALTHY.inject(emulator.faults());

		HttpResponse<String> answer = ingest(Duration.ofSeconds(10));

		assertThat(answer.statusCode()).isBetween(200, 299);
		assertThat(emulator.received().events()).hasSize(1);
		assertThat(emulator.faults().injectedCount()).isZero();
	}

	@Test
	void unavailableAnswersEveryIngest503AndLeavesTheRestOfTheApiAlone() throws Exception {
		IngestOutage.UNAVAILABLE.inject(emulator.faults());

		assertThat(ingest(Duration.ofSeconds(10)).statusCode()).isEqualTo(503);
		assertThat(ingest(Duration.ofSeconds(10)).statusCode()).isEqualTo(503);
		assertThat(customers().statusCode()).isEqualTo(200);
	}

	@Test
	void hangingNeverAnswersIngestAndLeavesTheRestOfTheApiAlone() throws Exception {
		IngestOutage.HANGING.inject(emulator.faults());

		assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(() -> ingest(Duration.ofSeconds(1)));
		assertThat(customers().statusCode()).isEqualTo(200);
		assertThat(emulator.faults().injectedCount()).isEqualTo(1);
	}

	@Test
	void modesAreNamedAsOnTheCommandLine() {
		assertThat(IngestOutage.ofLabel("healthy")).isEqualTo(IngestOutage.HEALTHY);
		assertThat(IngestOutage.ofLabel("503")).isEqualTo(IngestOutage.UNAVAILABLE);
		assertThat(IngestOutage.ofLabel(" HANG ")).isEqualTo(IngestOutage.HANGING);
		assertThatIllegalArgumentException().isThrownBy(() -> IngestOutage.ofLabel("down"));
	}

	/** Ingests one event for a customer created first (while ingest is faulted, the customers path is not). */
	private HttpResponse<String> ingest(Duration timeout) throws IOException, InterruptedException {
		String customerId = JSON.readTree(post("/v1/customers", "{\"external_id\":\"" + UUID.randomUUID() + "\",\"name\":\"Acme\"}",
				Duration.ofSeconds(10)).body()).path("customer").path("id").asString();
		return post(IngestOutage.INGEST_PATH, "{\"events\":[{\"event_name\":\"api_call\",\"customer_id\":\""
				+ customerId + "\",\"idempotency_key\":\"k1\"}]}", timeout);
	}

	private HttpResponse<String> post(String path, String json, Duration timeout)
			throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpResponse<String> customers() throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri("/v1/customers")).timeout(Duration.ofSeconds(10)).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.header("Authorization", "Bearer " + MonigoEmulator.TEST_API_KEY).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(String path) {
		return URI.create(emulator.baseUrl() + path);
	}

}
