package co.monigo.metering;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.JsonNode;

import co.monigo.metering.FakeIngestServer.Answer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14: the adaptive limit falls under 429/503 and climbs back; a batch waiting out its backoff
 * holds no slot; 30 % of requests failing costs requests, not events; after an outage delivery resumes
 * within the bound.
 */
class DeliveryUnderFaultsTests {

	private final FakeIngestServer server = new FakeIngestServer();

	private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

	private BatchingUsageRecorder recorder;

	@AfterEach
	void stop() {
		if (this.recorder != null) {
			this.recorder.shutdown(Duration.ofMillis(200));
			this.recorder.close();
		}
		this.server.close();
		this.time.dispose();
	}

	@Test
	void aBatchWaitingOutItsBackoffHoldsNoSlotAndTheOthersAreDeliveredMeanwhile() {
		this.server.behave((request, events) -> {
			for (JsonNode event : events) {
				if (event.get("customer_id").asString().equals("cus_stuck")) {
					return Answer.fail(aResponse().withStatus(503));
				}
			}
			return Answer.accept();
		});
		// Virtual time never advanced: the failing batch's backoff ends only when a success resumes it. The
		// circuit is kept closed: the batch, sent again after each success, fails half of the requests.
		this.recorder = Pipelines.start(this.server.baseUrl(), Duration.ofSeconds(5),
				IngestPipelineFaultMatrixTests.fast()
					.maxInFlight(2)
					.batchSize(1)
					.circuitBreaker(new MeteringSettings.CircuitSettings(50, Duration.ofMillis(200), 1000, 1000, 1))
					.build(),
				new RecordingDeadLetterHandler(), this.time);
		Pipelines.record(this.recorder, 1, (i) -> "cus_stuck");
		await().atMost(Pipelines.WAIT).until(() -> this.recorder.status().failureStreak() >= 1);
		// One 503 lowered the adaptive limit to one batch on its way; the waiting batch must not take it.
		assertThat(this.recorder.inFlightLimit()).isEqualTo(1);

		Set<String> others = Pipelines.record(this.recorder, 20);

		await().atMost(Duration.ofSeconds(20)).until(() -> this.server.acceptedKeys().equals(others));
		assertThat(this.recorder.counters().pendingCount()).as("the failing batch").isEqualTo(1);
	}


	@Test
	void theInFlightLimitFallsUnder429And503AnswersAndClimbsBackOnceTheServerRecovers() throws Exception {
		AtomicReference<String> mode = new AtomicReference<>("healthy");
		this.server.behave((request, events) -> switch (mode.get()) {
			case "healthy" -> Answer.acceptSlowly(50);
			default -> Answer.fail(aResponse().withStatus((request % 2 == 0) ? 429 : 503).withFixedDelay(20));
		});
		this.recorder = Pipelines.start(this.server.baseUrl(), Duration.ofSeconds(5),
				IngestPipelineFaultMatrixTests.fast()
					.maxInFlight(16)
					.batchSize(10)
					.circuitBreaker(new MeteringSettings.CircuitSettings(50, Duration.ofMillis(200), 1000, 1000, 1))
					.build(),
				new RecordingDeadLetterHandler());
		int initial = this.recorder.inFlightLimit();
		Set<String> recorded = new HashSet<>(Pipelines.record(this.recorder, 3_000));

		await().atMost(Pipelines.WAIT).until(() -> this.recorder.inFlightLimit() >= 8);
		mode.set("overloaded");
		recorded.addAll(Pipelines.record(this.recorder, 3_000));
		await().atMost(Pipelines.WAIT).until(() -> this.recorder.inFlightLimit() == 1);
		mode.set("healthy");
		recorded.addAll(Pipelines.record(this.recorder, 3_000));
		await().atMost(Pipelines.WAIT).until(() -> this.recorder.inFlightLimit() >= 8);

		Pipelines.flush(this.recorder);
		assertThat(initial).isLessThan(8);
		assertThat(this.server.acceptedKeys()).isEqualTo(recorded);
		assertThat(this.server.keysAcceptedTwice()).isEmpty();
		assertThat(this.recorder.counters().balances()).isTrue();
	}

	@Test
	void withThirtyPercentOfRequestsFailingEveryEventIsDeliveredOnceAndTheCircuitStaysClosed() throws Exception {
		int events = 5_000;
		// Batches of 100, formed full (the linger never runs out): a healthy server takes 50 requests.
		MeteringSettings settings = IngestPipelineFaultMatrixTests.fast()
			.batchSize(100)
			.linger(Duration.ofSeconds(30))
			.circuitBreaker(MeteringSettings.CircuitSettings.defaults())
			.build();
		this.recorder = Pipelines.start(this.server.baseUrl(), Duration.ofSeconds(5), settings,
				new RecordingDeadLetterHandler());
		Pipelines.record(this.recorder, events);
		Pipelines.flush(this.recorder);
		int healthyRequests = this.server.requests();
		this.recorder.shutdown(Duration.ofMillis(200));
		this.recorder.close();

		Random faults = new Random(14);
		boolean[] fails = new boolean[10_000];
		int[] statuses = new int[fails.length];
		for (int i = 0; i < fails.length; i++) {
			fails[i] = faults.nextDouble() < 0.30;
			statuses[i] = faults.nextBoolean() ? 503 : 429;
		}
		int before = this.server.requests();
		this.server.behave((request, batch) -> fails[request - before]
				? Answer.fail(aResponse().withStatus(statuses[request - before])) : Answer.accept());
		try (CapturedLog log = new CapturedLog(PipelineHealth.class)) {
			this.recorder = Pipelines.start(this.server.baseUrl(), Duration.ofSeconds(5), settings,
					new RecordingDeadLetterHandler());
			Set<String> recorded = Pipelines.record(this.recorder, events);
			Pipelines.flush(this.recorder);

			int faultyRequests = this.server.requests() - before;
			assertThat(this.server.acceptedKeys()).containsAll(recorded);
			assertThat(this.server.keysAcceptedTwice()).isEmpty();
			IngestCounters counters = this.recorder.counters();
			assertThat(counters.deliveredCount()).isEqualTo(events);
			assertThat(counters.droppedCount() + counters.rejectedCount() + counters.pendingCount()).isZero();
			assertThat(counters.balances()).as("accounting identity: %s", counters).isTrue();
			assertThat(log.at(Level.WARN)).as("the circuit never opened").isEmpty();
			assertThat(healthyRequests).isEqualTo(events / 100);
			assertThat((double) events / faultyRequests).as("events delivered per request, against %s healthy",
					(double) events / healthyRequests)
				.isGreaterThanOrEqualTo(0.6 * events / healthyRequests);
		}
	}

	/**
	 * The scenario: an outage long enough to open the circuit. The server comes back at least a
	 * second after the last failed attempt; right after a probe failed and the circuit opened again, the
	 * wait is the whole open duration (5 s) plus one request.
	 */
	@Test
	void afterAnOutageTheFirstDeliveryComesWithinFiveSecondsOfTheServerComingBack() throws Exception {
		int port = Pipelines.freePort();
		this.server.close();
		// Default retry and circuit-breaker settings; batches of 10 so the outage opens the circuit.
		this.recorder = Pipelines.start("http://127.0.0.1:" + port, Duration.ofSeconds(5),
				MeteringSettings.builder().batchSize(10).build(), new RecordingDeadLetterHandler());
		Set<String> recorded = Pipelines.record(this.recorder, 300);
		await().atMost(Pipelines.WAIT).until(() -> this.recorder.status().state() == PipelineState.CIRCUIT_OPEN);
		AtomicInteger lastStreak = new AtomicInteger(-1);
		await().atMost(Pipelines.WAIT).during(Duration.ofSeconds(1))
			.until(() -> lastStreak.getAndSet(this.recorder.status().failureStreak()) == lastStreak.get());

		try (FakeIngestServer back = new FakeIngestServer(port)) {
			long up = System.nanoTime();
			await().atMost(Duration.ofSeconds(5)).until(() -> !back.acceptedKeys().isEmpty());
			Duration firstDelivery = Duration.ofNanos(System.nanoTime() - up);

			Pipelines.flush(this.recorder);
			assertThat(back.acceptedKeys()).as("first delivery after %s", firstDelivery).isEqualTo(recorded);
			assertThat(back.keysAcceptedTwice()).isEmpty();
			assertThat(this.recorder.counters().balances()).isTrue();
			this.recorder.shutdown(Duration.ofMillis(200));
		}
	}

}
