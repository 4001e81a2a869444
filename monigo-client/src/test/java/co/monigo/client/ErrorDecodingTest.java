package co.monigo.client;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.error.MonigoApiException;
import co.monigo.client.error.MonigoException;
import co.monigo.client.error.MonigoTimeoutException;
import co.monigo.client.error.MonigoTransportException;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ErrorDecodingTest extends ContractTestSupport {

	private MonigoApiException failureFor(int status, String body) {
		wireMock.stubFor(get("/v1/customers/cus_1").willReturn(aResponse().withStatus(status).withBody(body)));
		return org.assertj.core.api.Assertions.catchThrowableOfType(MonigoApiException.class,
				() -> this.client.customers().get("cus_1").block(WAIT));
	}

	private static final Map<String, Predicate<MonigoApiException>> GUARDS = Map.of("isUnauthorized",
			MonigoApiException::isUnauthorized, "isQuotaExceeded", MonigoApiException::isQuotaExceeded, "isForbidden",
			MonigoApiException::isForbidden, "isNotFound", MonigoApiException::isNotFound, "isConflict",
			MonigoApiException::isConflict, "isRateLimited", MonigoApiException::isRateLimited, "isServerError",
			MonigoApiException::isServerError, "isValidationError", MonigoApiException::isValidationError);

	static Stream<Arguments> guards() {
		return Stream.of(Arguments.of(401, "isUnauthorized"), Arguments.of(402, "isQuotaExceeded"),
				Arguments.of(403, "isForbidden"), Arguments.of(404, "isNotFound"), Arguments.of(409, "isConflict"),
				Arguments.of(429, "isRateLimited"), Arguments.of(500, "isServerError"),
				Arguments.of(503, "isServerError"));
	}

	@ParameterizedTest(name = "status {0} is {1}")
	@MethodSource("guards")
	void eachStatusAnswersItsGuardAndNoOther(int status, String guard) {
		MonigoApiException failure = failureFor(status, "{\"error\": \"nope\"}");

		assertThat(failure.status()).isEqualTo(status);
		assertThat(GUARDS).allSatisfy((name, predicate) -> assertThat(predicate.test(failure)).as(name)
			.isEqualTo(name.equals(guard)));
	}

	@Test
	void anErrorBodyWithDetailsIsAValidationError() {
		MonigoApiException failure = failureFor(400,
				"{\"error\": \"validation failed\", \"details\": {\"email\": \"is not an email\", \"name\": \"is required\"}}");

		assertThat(failure.isValidationError()).isTrue();
		assertThat(failure.serverMessage()).isEqualTo("validation failed");
		assertThat(failure.details()).containsExactlyInAnyOrderEntriesOf(
				Map.of("email", "is not an email", "name", "is required"));
		assertThat(failure.getMessage()).contains("400", "validation failed", "email: is not an email");
	}

	@Test
	void a400WithoutDetailsIsNotAValidationError() {
		assertThat(failureFor(400, "{\"error\": \"bad\"}").isValidationError()).isFalse();
	}

	@Test
	void aMessageBodyIsReadLikeAnErrorBody() {
		MonigoApiException failure = failureFor(404, "{\"message\": \"customer not found\"}");

		assertThat(failure.isNotFound()).isTrue();
		assertThat(failure.serverMessage()).isEqualTo("customer not found");
	}

	@Test
	void aBodyThatIsNotJsonBecomesTheMessage() {
		MonigoApiException failure = failureFor(502, "<html>Bad Gateway from the proxy</html>");

		assertThat(failure.isServerError()).isTrue();
		assertThat(failure.serverMessage()).isEqualTo("<html>Bad Gateway from the proxy</html>");
	}

	@Test
	void anEmptyBodyBecomesTheReasonPhrase() {
		MonigoApiException failure = failureFor(404, "");

		assertThat(failure.isNotFound()).isTrue();
		assertThat(failure.serverMessage()).isEqualTo("Not Found");
		assertThat(failure.details()).isEmpty();
	}

	@Test
	void aSuccessfulAnswerTheClientCannotReadIsAMonigoExceptionNamingTheRequest() {
		wireMock.stubFor(get("/v1/customers/cus_1")
			.willReturn(aResponse().withStatus(200).withBody("{\"customer\": {\"id\": \"cus_1\", \"created_at\": \"yesterday\"}}")));

		assertThatExceptionOfType(MonigoException.class)
			.isThrownBy(() -> this.client.customers().get("cus_1").block(WAIT))
			.withMessageContaining("GET /v1/customers/cus_1")
			.withMessageContaining("cannot read");
	}

	@Test
	void aSuccessfulAnswerThatIsNotJsonIsAMonigoException() {
		wireMock.stubFor(get("/v1/customers/cus_1").willReturn(aResponse().withStatus(200).withBody("<html>ok</html>")));

		assertThatExceptionOfType(MonigoException.class)
			.isThrownBy(() -> this.client.customers().get("cus_1").block(WAIT))
			.withMessageContaining("cannot read");
	}

	@Test
	void theRequestIdAndRetryAfterAreKept() {
		wireMock.stubFor(get("/v1/customers/cus_1").willReturn(aResponse().withStatus(429)
			.withHeader("X-Request-Id", "req_123")
			.withHeader("Retry-After", "120")
			.withBody("{\"error\": \"slow down\"}")));

		MonigoApiException failure = org.assertj.core.api.Assertions.catchThrowableOfType(MonigoApiException.class,
				() -> this.client.customers().get("cus_1").block(WAIT));

		assertThat(failure.requestId()).contains("req_123");
		assertThat(failure.retryAfter()).contains(Duration.ofSeconds(120));
		assertThat(failure.getMessage()).contains("req_123");
	}

	@Test
	void aSlowAnswerSurfacesAsATimeoutWithinTheConfiguredTime() {
		wireMock.stubFor(get("/v1/customers/cus_1").willReturn(aResponse().withFixedDelay(3_000)
			.withBody("{\"customer\": {\"id\": \"cus_1\"}}")));
		MonigoClient impatient = MonigoClient.builder()
			.apiKey(API_KEY)
			.baseUrl(wireMock.baseUrl())
			.timeout(Duration.ofMillis(200))
			.maxRetries(0)
			.build();

		StepVerifier.create(impatient.customers().get("cus_1"))
			.expectErrorSatisfies((failure) -> assertThat(failure).isInstanceOf(MonigoTimeoutException.class)
				.hasMessageContaining("GET /v1/customers/cus_1")
				.hasMessageContaining("within 200ms"))
			.verify(Duration.ofMillis(1_500));
	}

	@Test
	void aPerRequestTimeoutOverridesTheClients() {
		wireMock.stubFor(get("/v1/customers/cus_1").willReturn(aResponse().withFixedDelay(3_000)
			.withBody("{\"customer\": {\"id\": \"cus_1\"}}")));

		StepVerifier.create(this.client.customers().get("cus_1", RequestOptions.timeout(Duration.ofMillis(150))))
			.expectError(MonigoTimeoutException.class)
			.verify(Duration.ofMillis(1_500));
	}

	@Test
	void aRefusedConnectionSurfacesAsATransportFailure() throws Exception {
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		MonigoClient unreachable = MonigoClient.builder()
			.apiKey(API_KEY)
			.baseUrl("http://127.0.0.1:" + closedPort)
			.maxRetries(0)
			.build();

		assertThatExceptionOfType(MonigoTransportException.class)
			.isThrownBy(() -> unreachable.customers().get("cus_1").block(WAIT))
			.isNotInstanceOf(MonigoTimeoutException.class)
			.withMessageContaining("GET /v1/customers/cus_1");
	}

}
