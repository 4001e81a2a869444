package co.monigo.client;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.Test;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.core.RetrySettings;
import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RetryBehaviourTest extends ContractTestSupport {

	private static final String CUSTOMER = "{\"customer\": {\"id\": \"cus_1\", \"external_id\": \"u1\", \"name\": \"Ada\"}}";

	private static final RetrySettings FAST = new RetrySettings(2, Duration.ofMillis(20), Duration.ofSeconds(2), 2.0,
			0.5);

	private MonigoClient retrying(RetrySettings settings) {
		return MonigoClient.builder().apiKey(API_KEY).baseUrl(wireMock.baseUrl()).retry(settings).build();
	}

	private void answerInTurn(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
		String state = STARTED;
		for (int i = 0; i < answers.length; i++) {
			String next = "attempt " + (i + 2);
			wireMock.stubFor(post(path).inScenario("attempts")
				.whenScenarioStateIs(state)
				.willReturn(answers[i])
				.willSetStateTo(next));
			state = next;
		}
	}

	private static List<String> idempotencyKeysInOrder() {
		return wireMock.getAllServeEvents()
			.stream()
			.map(ServeEvent::getRequest)
			.sorted(java.util.Comparator.comparing(com.github.tomakehurst.wiremock.verification.LoggedRequest::getLoggedDate))
			.map((request) -> request.getHeader("Idempotency-Key"))
			.toList();
	}

	@Test
	void whenTheServerAnswers503ThenTheRetrySucceedsWithTheSameIdempotencyKey() {
		answerInTurn("/v1/customers", aResponse().withStatus(503), okJson(CUSTOMER));

		assertThat(retrying(FAST).customers().create(CreateCustomerRequest.of("u1", "Ada")).block(WAIT).id())
			.isEqualTo("cus_1");

		List<String> keys = idempotencyKeysInOrder();
		assertThat(keys).hasSize(2).doesNotContainNull();
		assertThat(keys.get(1)).isEqualTo(keys.get(0));
	}

	@Test
	void whenTheCallIsMadeAgainThenItGetsANewIdempotencyKey() {
		wireMock.stubFor(post("/v1/customers").willReturn(okJson(CUSTOMER)));
		MonigoClient client = retrying(FAST);

		client.customers().create(CreateCustomerRequest.of("u1", "Ada")).block(WAIT);
		client.customers().create(CreateCustomerRequest.of("u1", "Ada")).block(WAIT);

		List<String> keys = idempotencyKeysInOrder();
		assertThat(keys).hasSize(2).doesNotHaveDuplicates();
	}

	@Test
	void whenTheServerAnswers429WithRetryAfterThenTheClientWaitsAtLeastThatLong() {
		answerInTurn("/v1/customers", aResponse().withStatus(429).withHeader("Retry-After", "1"), okJson(CUSTOMER));

		retrying(FAST).customers().create(CreateCustomerRequest.of("u1", "Ada")).block(WAIT);

		List<java.util.Date> times = wireMock.getAllServeEvents()
			.stream()
			.map((event) -> event.getRequest().getLoggedDate())
			.sorted()
			.toList();
		assertThat(times).hasSize(2);
		assertThat(times.get(1).getTime() - times.get(0).getTime()).isGreaterThanOrEqualTo(1000);
	}

	@Test
	void whenRetryAfterIsLongerThanTheLongestBackoffThenTheRateLimitGoesToTheCaller() {
		wireMock.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")));

		assertThatExceptionOfType(MonigoApiException.class)
			.isThrownBy(() -> retrying(FAST).customers().create(CreateCustomerRequest.of("u1", "Ada")).block(WAIT))
			.satisfies((failure) -> {
				assertThat(failure.isRateLimited()).isTrue();
				assertThat(failure.retryAfter()).contains(Duration.ofSeconds(60));
			});
		wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
	}

	@Test
	void whenTheConnectionIsResetThenTheRequestIsRetried() {
		answerInTurn("/v1/customers", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(CUSTOMER));

		assertThat(retrying(FAST).customers().create(CreateCustomerRequest.of("u1", "Ada")).block(WAIT).id())
			.isEqualTo("cus_1");
		wireMock.verify(2, postRequestedFor(urlEqualTo("/v1/customers")));
	}

	@Test
	void whenTheServerAnswers408ThenTheRequestIsRetried() {
		answerInTurn("/v1/customers", aResponse().withStatus(408), okJson(CUSTOMER));

		retrying(FAST).customers().create(CreateCustomerRequest.of("u1", "Ada")).block(WAIT);

		wireMock.verify(2, postRequestedFor(urlEqualTo("/v1/customers")));
	}

	@Test
	void whenTheServerAnswers400ThenTheRequestIsNotRetried() {
		wireMock.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(400)
			.withBody("{\"error\": \"invalid body\", \"details\": {\"name\": \"is required\"}}")));

		assertThatExceptionOfType(MonigoApiException.class)
			.isThrownBy(() -> retrying(FAST).customers().create(CreateCustomerRequest.of("u1", "Ada")).block(WAIT))
			.satisfies((failure) -> assertThat(failure.status()).isEqualTo(400));
		wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
	}

	@Test
	void whenTheServerAnswers409ThenTheRequestIsNotRetried() {
		wireMock.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(409)
			.withBody("{\"error\": \"customer already exists\"}")));

		assertThatExceptionOfType(MonigoApiException.class)
			.isThrownBy(() -> retrying(FAST).customers().create(CreateCustomerRequest.of("u1", "Ada")).block(WAIT))
			.satisfies((failure) -> assertThat(failure.isConflict()).isTrue());
		wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
	}

	@Test
	void whenEveryAttemptFailsThenTheLastErrorSurfaces() {
		answerInTurn("/v1/customers", aResponse().withStatus(503).withBody("{\"error\": \"first\"}"),
				aResponse().withStatus(500).withBody("{\"error\": \"second\"}"),
				aResponse().withStatus(502).withBody("{\"error\": \"third\"}"));

		assertThatExceptionOfType(MonigoApiException.class)
			.isThrownBy(() -> retrying(FAST).customers().create(CreateCustomerRequest.of("u1", "Ada")).block(WAIT))
			.satisfies((failure) -> {
				assertThat(failure.status()).isEqualTo(502);
				assertThat(failure.serverMessage()).isEqualTo("third");
			});
		wireMock.verify(3, postRequestedFor(urlEqualTo("/v1/customers")));
	}

	@Test
	void whenRetriesAreTurnedOffThenOnlyOneAttemptIsMade() {
		wireMock.stubFor(get("/v1/customers").willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(MonigoApiException.class)
			.isThrownBy(() -> retrying(FAST.withMaxRetries(0)).customers().list().collectList().block(WAIT));
		wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/customers")));
	}

	@Test
	void whenARequestAsksForNoRetriesThenOnlyOneAttemptIsMade() {
		wireMock.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(MonigoApiException.class).isThrownBy(() -> retrying(FAST).customers()
			.create(CreateCustomerRequest.of("u1", "Ada"), RequestOptions.none().withoutRetries())
			.block(WAIT));
		wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
	}

	@Test
	void whenTheServerAnswers5xxToAReadThenTheReadIsRetriedWithoutAnIdempotencyKey() {
		wireMock.stubFor(get("/v1/customers").inScenario("read")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("recovered"));
		wireMock.stubFor(get("/v1/customers").inScenario("read")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson("{\"customers\": [], \"count\": 0}")));

		assertThat(retrying(FAST).customers().list().collectList().block(WAIT)).isEmpty();
		assertThat(idempotencyKeysInOrder()).hasSize(2).containsOnlyNulls();
	}

}
