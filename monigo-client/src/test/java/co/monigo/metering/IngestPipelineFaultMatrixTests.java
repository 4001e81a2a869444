package co.monigo.metering;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.FakeIngestServer.Answer;
import co.monigo.metering.journal.JournalSettings;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline's promise under each fault: every recorded key reaches the server, none is accepted
 * twice as new, and {@code recorded = delivered + duplicates + rejected + dropped + pending}. Events
 * are kept in memory only here; {@link JournaledFaultMatrixTests} runs every scenario with the journal.
 */
class IngestPipelineFaultMatrixTests {

	private static final String API_KEY = "mk_test_pipeline_0001";

	private static final Duration DELIVERY_WAIT = Duration.ofSeconds(60);

	private final RecordingDeadLetterHandler deadLetters = new RecordingDeadLetterHandler();

	private FakeIngestServer server = new FakeIngestServer();

	private BatchingUsageRecorder recorder;

	@AfterEach
	void stop() {
		if (this.recorder != null) {
			this.recorder.shutdown(Duration.ofMillis(200));
			this.recorder.close();
		}
		this.server.close();
	}

	static MeteringSettings.Builder fast() {
		return MeteringSettings.builder()
			.capacity(20_000)
			.linger(Duration.ofMillis(20))
			.retryBackoff(Duration.ofMillis(10), Duration.ofMillis(200), 2.0, 0.5)
			.pausedRetryInterval(Duration.ofMillis(100))
			.circuitBreaker(50, Duration.ofMillis(200))
			.shutdownTimeout(Duration.ofSeconds(10));
	}

	private BatchingUsageRecorder start(MeteringSettings.Builder settings) {
		return start(settings, this.server.baseUrl(), Duration.ofSeconds(5));
	}

	/** The journal the pipeline keeps events in, or null to keep them in memory only. */
	protected JournalSettings journal() {
		return null;
	}

	private boolean journaled() {
		return journal() != null;
	}

	private BatchingUsageRecorder start(MeteringSettings.Builder settings, String baseUrl, Duration clientTimeout) {
		MonigoClient client = MonigoClient.builder().apiKey(API_KEY).baseUrl(baseUrl).timeout(clientTimeout).build();
		this.recorder = new BatchingUsageRecorder(IngestSender.of(client), settings.journal(journal()).build(),
				this.deadLetters);
		this.recorder.start();
		return this.recorder;
	}

	private Set<String> record(int count) {
		return record(count, (i) -> "cus_" + (i % 7));
	}

	private Set<String> record(int count, java.util.function.IntFunction<String> customer) {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < count; i++) {
			keys.add(this.recorder.record(IngestEvent.of("api_call", customer.apply(i)).withProperty("tokens", i))
				.idempotencyKey());
		}
		assertThat(keys).hasSize(count);
		return keys;
	}

	private void flush() throws Exception {
		this.recorder.flush().get(DELIVERY_WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	private void assertDeliveredExactlyOnce(Set<String> recorded) throws Exception {
		flush();
		IngestCounters counters = this.recorder.counters();
		assertThat(this.server.acceptedKeys()).as("keys the server accepted").isEqualTo(recorded);
		assertThat(this.server.keysAcceptedTwice()).as("keys accepted twice as new").isEmpty();
		assertThat(counters.recordedCount()).isEqualTo(recorded.size());
		assertThat(counters.deliveredCount() + counters.duplicateCount()).isEqualTo(recorded.size());
		assertThat(counters.rejectedCount()).isZero();
		assertThat(counters.droppedCount()).isZero();
		assertThat(counters.pendingCount()).isZero();
		assertThat(counters.balances()).as("accounting identity: %s", counters).isTrue();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void aHealthyServerReceivesEveryEventOnce() throws Exception {
		start(fast());

		assertDeliveredExactlyOnce(record(10_000));
		assertThat(this.recorder.counters().duplicateCount()).isZero();
	}

	@Test
	void halfOfTheRequestsAnswering503LoseNothing() throws Exception {
		this.server.behave((request, events) -> (request % 2 == 1)
				? Answer.fail(aResponse().withStatus(503).withBody("{\"error\": \"overloaded\"}")) : Answer.accept());
		start(fast());

		assertDeliveredExactlyOnce(record(10_000));
	}

	@Test
	void rateLimitsAreWaitedOutAsRetryAfterAsks() throws Exception {
		this.server.behave((request, events) -> (request <= 2)
				? Answer.fail(aResponse().withStatus(429).withHeader("Retry-After", "1")) : Answer.accept());
		AtomicInteger retries = new AtomicInteger();
		start(fast().maxInFlight(1));
		this.recorder.addListener(new PipelineListener() {
			@Override
			public void retried() {
				retries.incrementAndGet();
			}
		});
		long started = System.nanoTime();

		assertDeliveredExactlyOnce(record(1_000));
		assertThat(retries).hasValue(2);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void connectionResetsLoseNothing() throws Exception {
		this.server.behave((request, events) -> (request % 3 == 1)
				? Answer.fail(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)) : Answer.accept());
		start(fast());

		assertDeliveredExactlyOnce(record(10_000));
	}

	@Test
	void answersSlowerThanTheTimeoutAreRetriedAndCountedAsDuplicatesNotTwice() throws Exception {
		this.server.behave((request, events) -> (request <= 3) ? Answer.acceptSlowly(1_500) : Answer.accept());
		start(fast().batchSize(500), this.server.baseUrl(), Duration.ofMillis(300));

		Set<String> recorded = record(10_000);

		assertDeliveredExactlyOnce(recorded);
		assertThat(this.recorder.counters().duplicateCount()).as("events the slow answers had already applied")
			.isPositive();
	}

	@Test
	void aServerThatIsDownForAWhileThenBackReceivesEverything() throws Exception {
		int port = freePort();
		this.server.close();
		AtomicInteger retries = new AtomicInteger();
		start(fast(), "http://127.0.0.1:" + port, Duration.ofSeconds(5));
		this.recorder.addListener(new PipelineListener() {
			@Override
			public void retried() {
				retries.incrementAndGet();
			}
		});
		Set<String> recorded = record(10_000);
		await().atMost(DELIVERY_WAIT).until(() -> retries.get() >= 5);
		assertThat(this.recorder.counters().pendingCount()).isEqualTo(10_000);

		this.server = new FakeIngestServer(port);

		assertDeliveredExactlyOnce(recorded);
	}

	@Test
	void anUnauthorizedKeyKeepsTheEventsUntilTheKeyIsFixed() throws Exception {
		AtomicBoolean keyFixed = new AtomicBoolean();
		this.server.behave((request, events) -> keyFixed.get() ? Answer.accept()
				: Answer.fail(aResponse().withStatus(401).withBody("{\"error\": \"invalid API key\"}")));
		start(fast());
		Set<String> recorded = record(2_000);

		await().atMost(DELIVERY_WAIT).until(() -> this.recorder.status().state() == PipelineState.UNAUTHORIZED);
		assertThat(this.recorder.status().lastError()).contains("401", "invalid API key").doesNotContain(API_KEY);
		assertThat(this.recorder.counters().pendingCount()).isEqualTo(2_000);
		keyFixed.set(true);

		assertDeliveredExactlyOnce(recorded);
		assertThat(this.recorder.status().state()).isEqualTo(PipelineState.RUNNING);
	}

	@Test
	void anExhaustedQuotaPausesDeliveryAndKeepsTheEvents() throws Exception {
		AtomicBoolean quotaRaised = new AtomicBoolean();
		this.server.behave((request, events) -> quotaRaised.get() ? Answer.accept()
				: Answer.fail(aResponse().withStatus(402).withBody("{\"error\": \"event quota exceeded\"}")));
		start(fast());
		Set<String> recorded = record(500);

		await().atMost(DELIVERY_WAIT).until(() -> this.recorder.status().state() == PipelineState.QUOTA_EXCEEDED);
		assertThat(this.recorder.counters().droppedCount() + this.recorder.counters().rejectedCount()).isZero();
		quotaRaised.set(true);

		assertDeliveredExactlyOnce(recorded);
	}

	@Test
	void poisonEventsNamedByTheServerReachTheDeadLetterHandlerAndTheRestIsDelivered() throws Exception {
		this.server.behave(FaultMatrixBehaviours.refuseNamed("cus_poison"));
		start(fast());
		assertPoisonIsolated();
	}

	@Test
	void poisonEventsTheServerDoesNotNameAreIsolatedBySplittingTheBatch() throws Exception {
		this.server.behave(FaultMatrixBehaviours.refuseUnnamed("cus_poison"));
		start(fast());
		assertPoisonIsolated();
	}

	private void assertPoisonIsolated() throws Exception {
		Set<String> all = record(3_000, (i) -> (i % 500 == 7) ? "cus_poison" : "cus_" + (i % 7));
		flush();

		Set<String> poison = new HashSet<>();
		this.deadLetters.rejected.forEach((event) -> poison.add(event.idempotencyKey()));
		assertThat(this.deadLetters.rejected).hasSize(6)
			.allSatisfy((event) -> assertThat(event.customerId()).isEqualTo("cus_poison"));
		Set<String> good = new HashSet<>(all);
		good.removeAll(poison);
		assertThat(this.server.acceptedKeys()).isEqualTo(good);
		assertThat(this.server.keysAcceptedTwice()).isEmpty();
		IngestCounters counters = this.recorder.counters();
		assertThat(counters.rejectedCount()).isEqualTo(6);
		assertThat(counters.deliveredCount()).isEqualTo(3_000 - 6);
		assertThat(counters.pendingCount()).isZero();
		assertThat(counters.balances()).as("accounting identity: %s", counters).isTrue();
	}

	@Test
	void aRequestTooLargeForTheServerMakesBatchesSmallerAndLosesNothing() throws Exception {
		List<Integer> sizes = new java.util.concurrent.CopyOnWriteArrayList<>();
		this.server.behave((request, events) -> {
			sizes.add(events.size());
			return (events.size() > 300) ? Answer.fail(aResponse().withStatus(413).withBody("request too large"))
					: Answer.accept();
		});
		// one batch on its way at a time, so the server sees the batches in the order they are made: with
		// more, a half of a refused batch could still arrive after smaller ones (a run once saw 500, 250, 250)
		start(fast().linger(Duration.ofMillis(200)).maxInFlight(1));
		Set<String> recorded = record(5_000);

		assertDeliveredExactlyOnce(recorded);
		assertThat(sizes).first().isEqualTo(1_000);
		assertThat(sizes.subList(sizes.size() - 3, sizes.size())).allSatisfy((size) -> assertThat(size).isLessThanOrEqualTo(250));
	}

	@Test
	void eightThreadsRecordingAtOnceDeliverEveryEventOnce() throws Exception {
		start(fast());
		Set<String> recorded = ConcurrentHashMap.newKeySet();
		List<Thread> threads = new java.util.ArrayList<>();
		for (int t = 0; t < 8; t++) {
			int thread = t;
			Thread recording = new Thread(() -> {
				for (int i = 0; i < 1_250; i++) {
					recorded.add(this.recorder.record(IngestEvent.of("api_call", "cus_" + thread).withProperty("n", i))
						.idempotencyKey());
				}
			});
			recording.start();
			threads.add(recording);
		}
		for (Thread thread : threads) {
			thread.join();
		}

		assertThat(recorded).hasSize(10_000);
		assertDeliveredExactlyOnce(recorded);
	}

	@Test
	void aFullBufferRefusesEventsWithoutBlockingTheCallerAndCountsThem() throws Exception {
		assumeFalse(journaled(), "the journal keeps these events: JournaledPipelineTests");
		this.server.behave((request, events) -> Answer.acceptSlowly(3_000));
		start(fast().capacity(100).batchSize(50).maxInFlight(1), this.server.baseUrl(), Duration.ofSeconds(10));

		long slowest = 0;
		for (int i = 0; i < 1_000; i++) {
			long started = System.nanoTime();
			this.recorder.record(IngestEvent.of("api_call", "cus_1"));
			slowest = Math.max(slowest, System.nanoTime() - started);
		}

		assertThat(Duration.ofNanos(slowest)).as("slowest record call").isLessThan(Duration.ofMillis(250));
		IngestCounters counters = this.recorder.counters();
		assertThat(counters.recordedCount()).isEqualTo(1_000);
		assertThat(counters.droppedCount(DropReason.QUEUE_FULL)).isGreaterThanOrEqualTo(800);
		assertThat(this.deadLetters.dropped.values()).hasSize((int) counters.droppedCount(DropReason.QUEUE_FULL))
			.containsOnly(DropReason.QUEUE_FULL);
		assertThat(counters.balances()).as("accounting identity: %s", counters).isTrue();
	}

	@Test
	void theBlockingPolicyWaitsUpToItsBoundThenDrops() {
		assumeFalse(journaled(), "the journal keeps these events: JournaledPipelineTests");
		this.server.behave((request, events) -> Answer.acceptSlowly(5_000));
		start(fast().capacity(10).batchSize(5).maxInFlight(1).overflowPolicy(OverflowPolicy.BLOCK)
			.overflowBlockTimeout(Duration.ofMillis(100)), this.server.baseUrl(), Duration.ofSeconds(10));
		// 5 events in flight, 5 waiting for a slot, 10 in the buffer: the next ones wait, then drop.
		for (int i = 0; i < 25; i++) {
			this.recorder.record(IngestEvent.of("api_call", "cus_1"));
		}
		await().atMost(DELIVERY_WAIT).until(() -> this.recorder.counters().droppedCount(DropReason.BLOCK_TIMEOUT) > 0);

		long started = System.nanoTime();
		this.recorder.record(IngestEvent.of("api_call", "cus_1"));
		Duration waited = Duration.ofNanos(System.nanoTime() - started);

		assertThat(waited).isBetween(Duration.ofMillis(90), Duration.ofSeconds(2));
		assertThat(this.recorder.counters().balances()).isTrue();
	}

	@Test
	void noMoreBatchesThanAllowedAreInFlightAtOnce() {
		this.server.behave((request, events) -> Answer.acceptSlowly(2_000));
		start(fast().batchSize(10).maxInFlight(2), this.server.baseUrl(), Duration.ofSeconds(10));
		record(200);

		await().atMost(DELIVERY_WAIT).until(() -> this.server.requests() == 2);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> this.server.requests() == 2);
	}

	@Test
	void aBatchIsSentWhenFullWithoutWaitingForTheLinger() {
		start(fast().batchSize(10).linger(Duration.ofSeconds(30)));

		record(25);

		await().atMost(Duration.ofSeconds(10)).until(() -> this.server.acceptedKeys().size() == 20);
		await().during(Duration.ofMillis(300)).until(() -> this.server.acceptedKeys().size() == 20);
	}

	@Test
	void aBatchThatIsNotFullIsSentAfterTheLinger() {
		start(fast().linger(Duration.ofMillis(300)));

		Set<String> recorded = record(5);

		await().atMost(Duration.ofSeconds(10)).until(() -> this.server.acceptedKeys().equals(recorded));
		assertThat(this.server.requests()).isEqualTo(1);
	}

	@Test
	void aDeadServerOpensTheCircuit() {
		this.server.behave((request, events) -> Answer.fail(aResponse().withStatus(503)));
		start(fast().batchSize(1).circuitBreaker(50, Duration.ofSeconds(30)));
		record(50);

		await().atMost(DELIVERY_WAIT).until(() -> this.recorder.status().state() == PipelineState.CIRCUIT_OPEN);
		int requestsWhenOpen = this.server.requests();
		await().during(Duration.ofMillis(500)).until(() -> this.server.requests() == requestsWhenOpen);
	}

	@Test
	void flushReturnsOnlyWhenEarlierEventsAreDelivered() throws Exception {
		start(fast().linger(Duration.ofSeconds(30)));
		Set<String> recorded = record(42);

		flush();

		assertThat(this.server.acceptedKeys()).isEqualTo(recorded);
	}

	@Test
	void closingDeliversPendingEventsWithinTheTimeout() {
		start(fast().linger(Duration.ofSeconds(30)));
		Set<String> recorded = record(300);
		assertThat(this.server.requests()).isZero();

		this.recorder.close();

		assertThat(this.server.acceptedKeys()).isEqualTo(recorded);
		assertThat(this.recorder.counters().deliveredCount()).isEqualTo(300);
		assertThat(this.recorder.status().state()).isEqualTo(PipelineState.STOPPED);
	}

	@Test
	void closingWithADeadServerCountsAndDeadLettersWhatIsLeft() throws Exception {
		assumeFalse(journaled(), "the journal keeps these events: JournaledPipelineTests");
		start(fast().shutdownTimeout(Duration.ofMillis(300)), "http://127.0.0.1:" + freePort(), Duration.ofSeconds(1));
		Set<String> recorded = record(300);

		this.recorder.close();

		IngestCounters counters = this.recorder.counters();
		// A batch whose request was under way at the timeout is counted apart: its outcome is unknown.
		assertThat(counters.droppedCount(DropReason.SHUTDOWN) + counters.unknownCount()).isEqualTo(300);
		assertThat(counters.droppedCount()).isEqualTo(counters.droppedCount(DropReason.SHUTDOWN));
		assertThat(counters.pendingCount()).isZero();
		assertThat(counters.balances()).isTrue();
		Set<String> handedOver = new HashSet<>(this.deadLetters.dropped.keySet());
		this.deadLetters.unknown.forEach((event) -> handedOver.add(event.idempotencyKey()));
		assertThat(handedOver).isEqualTo(recorded);
		assertThat(this.deadLetters.dropped.size() + this.deadLetters.unknown.size()).isEqualTo(300);
	}

	@Test
	void anEventRecordedAfterCloseIsCountedAndDeadLettered() {
		start(fast());
		this.recorder.close();

		IngestEvent late = this.recorder.record(IngestEvent.of("api_call", "cus_1"));

		assertThat(this.recorder.counters().droppedCount(DropReason.STOPPED)).isEqualTo(1);
		assertThat(this.deadLetters.dropped).containsEntry(late.idempotencyKey(), DropReason.STOPPED);
		assertThat(this.recorder.counters().balances()).isTrue();
	}

	/** Behaviours of the poison scenarios: refuse a batch holding an event of the poisoned customer. */
	static final class FaultMatrixBehaviours {

		private FaultMatrixBehaviours() {
		}

		static FakeIngestServer.Behaviour refuseNamed(String poisonedCustomer) {
			return (request, events) -> {
				StringBuilder details = new StringBuilder();
				for (JsonNode event : events) {
					if (event.get("customer_id").asString().equals(poisonedCustomer)) {
						details.append((details.length() > 0) ? ", " : "")
							.append('"')
							.append(event.get("idempotency_key").asString())
							.append("\": \"customer does not exist\"");
					}
				}
				return (details.length() == 0) ? Answer.accept() : Answer.fail(aResponse().withStatus(400)
					.withBody("{\"error\": \"invalid events\", \"details\": {" + details + "}}"));
			};
		}

		static FakeIngestServer.Behaviour refuseUnnamed(String poisonedCustomer) {
			return (request, events) -> {
				for (JsonNode event : events) {
					if (event.get("customer_id").asString().equals(poisonedCustomer)) {
						return Answer.fail(aResponse().withStatus(422).withBody("{\"error\": \"unprocessable batch\"}"));
					}
				}
				return Answer.accept();
			};
		}

	}

}
