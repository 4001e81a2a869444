package co.monigo.spring.boot.metering;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import co.monigo.client.MonigoClient;
import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.DropReason;
import co.monigo.metering.IngestStatus;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.autoconfigure.metering.CapturingUsageRecorder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ExternalCustomerIdSinkTests {

	/** A server per test: a lookup still on its way when a test ends cannot reach the next test's server. */
	@RegisterExtension
	final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final CapturingUsageRecorder recorder = new CapturingUsageRecorder();

	private final DeadLetters deadLetters = new DeadLetters();

	private ExternalCustomerIdSink sink;

	private ExternalCustomerIdSink sink(boolean createMissing) {
		return sink(this.recorder, DropRecorder.deadLettering(this.deadLetters), settings(createMissing, 1_000,
				Duration.ofMillis(200)));
	}

	static ExternalCustomerIdSettings settings(boolean createMissing, int maxWaiting,
			Duration retryInterval) {
		return new ExternalCustomerIdSettings(createMissing, 1_000, Duration.ofMinutes(10), maxWaiting, 1_000,
				retryInterval, retryInterval.multipliedBy(4), 100);
	}

	private ExternalCustomerIdSink sink(UsageRecorder recorder, DropRecorder drops,
			ExternalCustomerIdSettings settings) {
		MonigoClient client = MonigoClient.builder()
			.apiKey("mk_test_mapping")
			.baseUrl(this.wireMock.baseUrl())
			.maxRetries(0)
			.build();
		this.sink = new ExternalCustomerIdSink(recorder, drops, client, settings);
		return this.sink;
	}

	@AfterEach
	void close() {
		this.sink.close();
	}

	static String customer(String id, String externalId) {
		return "{\"customer\": {\"id\": \"" + id + "\", \"external_id\": \"" + externalId + "\", \"name\": \"x\"}}";
	}

	private void customerExists(String id, String externalId) {
		this.wireMock.stubFor(get("/v1/customers/" + externalId).willReturn(okJson(customer(id, externalId))));
	}

	private void noCustomer(String externalId) {
		this.wireMock.stubFor(get("/v1/customers/" + externalId)
			.willReturn(aResponse().withStatus(404).withBody("{\"error\": \"customer not found\"}")));
	}

	@Test
	void manyCallsForOneNewExternalIdCauseOneGetOfThatIdAndNoListing() {
		this.wireMock.stubFor(
				get("/v1/customers/user_9").willReturn(okJson(customer("cus_9", "user_9")).withFixedDelay(300)));
		ExternalCustomerIdSink sink = sink(false);

		for (int i = 0; i < 50; i++) {
			sink.accept(IngestEvent.of("api_call", "user_9"));
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> this.recorder.events.size() == 50);
		assertThat(this.recorder.events).allSatisfy((event) -> assertThat(event.customerId()).isEqualTo("cus_9"));
		this.wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/customers/user_9")));
		this.wireMock.verify(0, getRequestedFor(urlEqualTo("/v1/customers")));
	}

	@Test
	void aKnownIdIsRecordedAtOnceOnTheCallingThread() {
		customerExists("cus_9", "user_9");
		ExternalCustomerIdSink sink = sink(false);
		sink.accept(IngestEvent.of("api_call", "user_9"));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.recorder.events.size() == 1);

		sink.accept(IngestEvent.of("api_call", "user_9"));

		assertThat(this.recorder.events).hasSize(2);
	}

	@Test
	void anUnknownIdWithCreateOnFirstSightCreatesTheCustomerOnce() {
		noCustomer("user_new");
		this.wireMock.stubFor(post("/v1/customers").willReturn(okJson(customer("cus_new", "user_new"))));
		ExternalCustomerIdSink sink = sink(true);

		for (int i = 0; i < 20; i++) {
			sink.accept(IngestEvent.of("api_call", "user_new"));
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> this.recorder.events.size() == 20);
		assertThat(this.recorder.events).allSatisfy((event) -> assertThat(event.customerId()).isEqualTo("cus_new"));
		this.wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
	}

	@Test
	void anUnknownIdKeepsItsEventsAndIsLookedUpAgainLaterUntilTheCustomerExists() {
		noCustomer("user_late");
		ExternalCustomerIdSink sink = sink(false);

		for (int i = 0; i < 20; i++) {
			sink.accept(IngestEvent.of("api_call", "user_late"));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> sink.failedLookupCount() >= 1);
		assertThat(this.recorder.events).isEmpty();
		assertThat(sink.waitingCount()).isEqualTo(20);
		assertThat(sink.droppedCount()).isZero();

		customerExists("cus_late", "user_late");

		await().atMost(Duration.ofSeconds(10)).until(() -> this.recorder.events.size() == 20);
		assertThat(sink.waitingCount()).isZero();
		assertThat(this.recorder.events.get(0).timestamp()).as("stamped when the call happened").isNotNull();
	}

	@Test
	void nothingWaitingMeansReleasedAtOnce() {
		ExternalCustomerIdSink sink = sink(false);

		assertThat(sink.released()).isDone();
	}

	@Test
	void releasedWaitsForALookupUnderWayThenCompletesOnceItsEventsAreRecorded() throws Exception {
		this.wireMock.stubFor(get("/v1/customers/user_slow")
			.willReturn(okJson(customer("cus_slow", "user_slow")).withFixedDelay(500)));
		ExternalCustomerIdSink sink = sink(false);
		sink.accept(IngestEvent.of("api_call", "user_slow"));

		CompletableFuture<Void> released = sink.released();
		assertThat(released).as("the look-up is under way").isNotDone();

		released.get(10, TimeUnit.SECONDS);
		assertThat(this.recorder.events).singleElement()
			.satisfies((event) -> assertThat(event.customerId()).isEqualTo("cus_slow"));
	}

	@Test
	void releasedDoesNotWaitForAnIdKnownToBeMissingNorLooksItUpBeforeItsDelay() {
		noCustomer("user_missing");
		ExternalCustomerIdSink sink = sink(this.recorder, DropRecorder.deadLettering(this.deadLetters),
				settings(false, 1_000, Duration.ofHours(1)));
		sink.accept(IngestEvent.of("api_call", "user_missing"));
		await().atMost(Duration.ofSeconds(10)).until(() -> sink.isKnownMissing("user_missing"));

		assertThat(sink.released()).isDone();
		assertThat(sink.waitingCount()).as("kept for a later look-up").isOne();
		assertThat(sink.lookupCount()).isOne();
	}

	@Test
	void anEventThatStartsWaitingAfterTheCallDoesNotHoldUpRelease() throws Exception {
		this.wireMock.stubFor(
				get("/v1/customers/user_a").willReturn(okJson(customer("cus_a", "user_a")).withFixedDelay(300)));
		this.wireMock.stubFor(get("/v1/customers/user_never")
			.willReturn(okJson(customer("cus_never", "user_never")).withFixedDelay(60_000)));
		ExternalCustomerIdSink sink = sink(false);
		sink.accept(IngestEvent.of("api_call", "user_a"));
		CompletableFuture<Void> released = sink.released();
		sink.accept(IngestEvent.of("api_call", "user_never"));

		released.get(10, TimeUnit.SECONDS);
		assertThat(sink.waitingCount()).isOne();
	}

	@Test
	void anEventAnotherRecorderRefusesOnceMappedIsDeadLettered() {
		customerExists("cus_9", "user_9");
		UsageRecorder refusing = new UsageRecorder() {
			@Override
			public IngestEvent record(IngestEvent event) {
				throw new IllegalStateException("refused");
			}

			@Override
			public CompletableFuture<Void> flush() {
				return CompletableFuture.completedFuture(null);
			}

			@Override
			public IngestStatus status() {
				throw new UnsupportedOperationException();
			}
		};
		ExternalCustomerIdSink sink = sink(refusing, DropRecorder.deadLettering(this.deadLetters),
				settings(false, 1_000, Duration.ofMillis(200)));

		sink.accept(IngestEvent.of("api_call", "user_9"));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.deadLetters.dropped.size() == 1 && sink.waitingCount() == 0);
		assertThat(sink.droppedCount()).isOne();
		assertThat(this.deadLetters.dropped).singleElement().satisfies((dropped) -> {
			assertThat(dropped.event().customerId()).isEqualTo("user_9");
			assertThat(dropped.reason()).isEqualTo(DropReason.CUSTOMER_UNRESOLVED);
		});
	}

	record Dropped(IngestEvent event, DropReason reason) {
	}

	static class DeadLetters implements DeadLetterHandler {

		final List<Dropped> dropped = new CopyOnWriteArrayList<>();

		@Override
		public void rejected(List<IngestEvent> events, MonigoApiException cause) {
		}

		@Override
		public void dropped(IngestEvent event, DropReason reason) {
			this.dropped.add(new Dropped(event, reason));
		}

	}

}
