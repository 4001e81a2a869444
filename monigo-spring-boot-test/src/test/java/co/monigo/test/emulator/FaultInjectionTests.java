package co.monigo.test.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import co.monigo.client.MonigoClient;
import co.monigo.client.core.RequestOptions;
import co.monigo.client.core.RetrySettings;
import co.monigo.client.error.MonigoApiException;
import co.monigo.client.error.MonigoTimeoutException;
import co.monigo.client.error.MonigoTransportException;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTests extends EmulatorTestSupport {

	private Mono<Customer> createAda() {
		return this.monigo.customers().create(CreateCustomerRequest.of("ada", "Ada"));
	}

	/** Whether each of {@code count} customer listings succeeded. */
	private List<Boolean> listingOutcomes(int count) {
		List<Boolean> outcomes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			outcomes.add(this.monigo.customers().list().then(Mono.just(true)).onErrorReturn(false).block(TIMEOUT));
		}
		return outcomes;
	}

	@Test
	void serverErrorIsAnsweredToTheNextRequestOnlyAndAppliesNothing() {
		emulator.faults().next(1).respondWith(503);

		MonigoApiException failed = failure(createAda());

		assertThat(failed.status()).isEqualTo(503);
		assertThat(failed.isServerError()).isTrue();
		assertThat(all(this.monigo.customers().list())).isEmpty();
		assertThat(emulator.received().requests().get(0).fault()).contains(FaultKind.STATUS);
		assertThat(emulator.received().requests().get(0).status()).isEqualTo(503);
		assertThat(emulator.faults().injectedCount()).isEqualTo(1);
	}

	@Test
	void clientRetriesPastServerErrorsWithTheSameIdempotencyKeyAndCreatesOnce() {
		MonigoClient retrying = MonigoClient.builder()
			.apiKey(TEST_KEY)
			.baseUrl(emulator.baseUrl())
			.retry(new RetrySettings(2, Duration.ofMillis(10), Duration.ofMillis(50), 2.0, 0.0))
			.build();
		emulator.faults().next(2).onPath("/v1/customers").respondWith(500);

		Customer ada = await(retrying.customers().create(CreateCustomerRequest.of("ada", "Ada")));

		List<ReceivedRequest> attempts = emulator.received().requests("POST", "/v1/customers");
		assertThat(attempts).extracting(ReceivedRequest::status).containsExactly(500, 500, 201);
		assertThat(attempts).extracting((attempt) -> attempt.idempotencyKey().orElseThrow()).containsOnly(
				attempts.get(0).idempotencyKey().orElseThrow());
		assertThat(all(this.monigo.customers().list())).containsExactly(ada);
	}

	@Test
	void rateLimitAnswers429WithRetryAfter() {
		emulator.faults().next(1).rateLimit(Duration.ofSeconds(7));

		MonigoApiException limited = failure(createAda());

		assertThat(limited.isRateLimited()).isTrue();
		assertThat(limited.retryAfter()).contains(Duration.ofSeconds(7));
		assertThat(emulator.received().requests().get(0).fault()).contains(FaultKind.RATE_LIMIT);
	}

	@Test
	void droppedConnectionSurfacesAsATransportFailureAndAppliesNothing() {
		emulator.faults().next(1).dropConnection();

		assertThatThrownBy(() -> createAda().block(TIMEOUT)).isInstanceOf(MonigoTransportException.class)
			.isNotInstanceOf(MonigoTimeoutException.class);
		assertThat(all(this.monigo.customers().list())).isEmpty();
		ReceivedRequest dropped = emulator.received().requests().get(0);
		assertThat(dropped.fault()).contains(FaultKind.DROP_CONNECTION);
		assertThat(dropped.status()).isZero();
		assertThat(dropped.bodyAsJson().get("external_id").asString()).isEqualTo("ada");
	}

	@Test
	void delayLongerThanTheClientsTimeoutSurfacesAsATimeout() {
		emulator.faults().next(1).delay(Duration.ofSeconds(3));

		assertThatThrownBy(() -> this.monigo.customers()
			.list(RequestOptions.timeout(Duration.ofMillis(200)))
			.collectList()
			.block(TIMEOUT)).isInstanceOf(MonigoTimeoutException.class);
	}

	@Test
	void delayedRequestIsServedAfterwards() {
		emulator.faults().next(1).delay(Duration.ofMillis(50));

		Customer ada = await(createAda());

		assertThat(all(this.monigo.customers().list())).containsExactly(ada);
		assertThat(emulator.received().requests().get(0).fault()).contains(FaultKind.DELAY);
		assertThat(emulator.received().requests().get(0).headers().containsHeader(Dispatcher.DELAYED_HEADER)).isFalse();
	}

	@Test
	void faultOnOnePathLeavesOtherPathsAlone() {
		Customer ada = customer("ada");
		emulator.faults().always().onPath("/v1/ingest").respondWith(502);

		assertThat(failure(this.monigo.events().ingest(List.of(IngestEvent.of("api_call", ada.id())))).status())
			.isEqualTo(502);
		assertThat(all(this.monigo.customers().list())).containsExactly(ada);
	}

	@Test
	void faultOnOneMethodLeavesOtherMethodsOfThePathAlone() {
		emulator.faults().always().on("POST", "/v1/customers").respondWith(500);

		assertThat(failure(createAda()).status()).isEqualTo(500);
		assertThat(all(this.monigo.customers().list())).isEmpty();
	}

	@Test
	void fractionHitsTheSameRequestsForTheSameSeed() {
		emulator.faults().fraction(0.5, 42).onPath("/v1/customers").respondWith(503);
		List<Boolean> first = listingOutcomes(20);
		emulator.reset();
		emulator.faults().fraction(0.5, 42).onPath("/v1/customers").respondWith(503);
		List<Boolean> second = listingOutcomes(20);

		assertThat(first).isEqualTo(second).contains(true, false);
	}

	@Test
	void everyNthHitsEveryThirdRequest() {
		emulator.faults().everyNth(3).respondWith(503);

		assertThat(listingOutcomes(6)).containsExactly(true, true, false, true, true, false);
	}

	@Test
	void chosenEventsAreRejectedByKeyAndNothingOfTheirRequestIsIngested() {
		Customer ada = customer("ada");
		Customer blocked = customer("blocked");
		emulator.faults().rejectEvents((event) -> event.customerId().equals(blocked.id()), "poison");
		List<IngestEvent> batch = List.of(IngestEvent.of("api_call", ada.id()).withIdempotencyKey("fine"),
				IngestEvent.of("api_call", blocked.id()).withIdempotencyKey("bad"));

		MonigoApiException rejected = failure(this.monigo.events().ingest(batch, RequestOptions.idempotencyKey("b1")));

		assertThat(rejected.isValidationError()).isTrue();
		assertThat(rejected.details()).containsExactly(Map.entry("bad", "poison"));
		assertThat(emulator.received().events()).isEmpty();
		assertThat(emulator.received().rejectedEvents()).hasSize(2);
		assertThat(emulator.received().requests("POST", "/v1/ingest").get(0).fault()).contains(FaultKind.REJECT_EVENTS);

		emulator.faults().clear();
		IngestResult retried = await(this.monigo.events().ingest(batch, RequestOptions.idempotencyKey("b1")));
		assertThat(retried.ingested()).containsExactly("fine", "bad");
	}

	@Test
	void clearedFaultsNoLongerApply() {
		emulator.faults().always().respondWith(500);
		emulator.faults().clear();

		assertThat(await(createAda()).externalId()).isEqualTo("ada");
		assertThat(emulator.faults().injectedCount()).isZero();
	}

}
