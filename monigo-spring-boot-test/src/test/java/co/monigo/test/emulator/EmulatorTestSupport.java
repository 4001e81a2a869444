package co.monigo.test.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import co.monigo.client.MonigoClient;
import co.monigo.client.error.MonigoApiException;
import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.Aggregation;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.CreateMetricRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.Metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One emulator per test class, reset before each test, and a client with retries off pointed at it.
 */
abstract class EmulatorTestSupport {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	static final String TEST_KEY = "mk_test_emulator_tests";

	static final String LIVE_KEY = "mk_live_emulator_tests";

	/** A UUID in its canonical lower-case form: how Monigo writes its ids. */
	static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	static MonigoEmulator emulator;

	MonigoClient monigo;

	@BeforeAll
	static void startEmulator() {
		emulator = MonigoEmulator.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void resetEmulator() {
		emulator.reset();
		this.monigo = client(TEST_KEY);
	}

	static MonigoClient client(String apiKey) {
		return MonigoClient.builder().apiKey(apiKey).baseUrl(emulator.baseUrl()).maxRetries(0).timeout(TIMEOUT).build();
	}

	static <T> T await(Mono<T> mono) {
		return mono.block(TIMEOUT);
	}

	static <T> List<T> all(Flux<T> flux) {
		return flux.collectList().block(TIMEOUT);
	}

	/** The API error a call ends with. */
	static MonigoApiException failure(Mono<?> call) {
		MonigoApiException failure = catchThrowableOfType(MonigoApiException.class, () -> call.block(TIMEOUT));
		assertThat(failure).as("the API error of the call").isNotNull();
		return failure;
	}

	Customer customer(String externalId) {
		return await(this.monigo.customers().create(CreateCustomerRequest.of(externalId, "Customer " + externalId)));
	}

	Metric countMetric(String eventName) {
		return await(this.monigo.metrics().create(CreateMetricRequest.of(eventName + " count", eventName,
				Aggregation.COUNT)));
	}

	/** A request sent as is, for what the client would refuse to send. */
	static RawResponse raw(String method, String path, @Nullable String apiKey, @Nullable String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
			.timeout(TIMEOUT)
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (apiKey != null) {
			request.header("Authorization", "Bearer " + apiKey);
		}
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new RawResponse(response.statusCode(), response.body());
		}
		catch (IOException | InterruptedException failure) {
			throw new IllegalStateException(failure);
		}
	}

	record RawResponse(int status, String body) {

		JsonNode json() {
			return MonigoJson.parse(this.body.getBytes(StandardCharsets.UTF_8));
		}

	}

}
