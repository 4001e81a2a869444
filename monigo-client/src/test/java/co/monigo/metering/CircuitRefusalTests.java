package co.monigo.metering;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.IngestEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10 item 5 and issue 14 item 2: a call the open circuit refused sent nothing, so it is no
 * request for the {@code monigo.ingest.requests} timer and no attempt for the batch's backoff.
 */
class CircuitRefusalTests {

	private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

	private final AtomicInteger sent = new AtomicInteger();

	private final List<String> completed = new CopyOnWriteArrayList<>();

	private final PipelineListener listener = new PipelineListener() {

		@Override
		public void requestCompleted(String outcome, int status, long nanos) {
			CircuitRefusalTests.this.completed.add(outcome + " " + status);
		}

	};

	/** Answers 503 at once; counts the requests that reached it (on subscription). */
	private final IngestSender sender = (events, requestKey) -> Mono.defer(() -> {
		this.sent.incrementAndGet();
		return Mono.error(new MonigoApiException(503, "overloaded", Map.of(), null, null));
	});

	private BatchingUsageRecorder recorder;

	@AfterEach
	void stop() {
		if (this.recorder != null) {
			this.recorder.shutdown(Duration.ofMillis(100));
			this.recorder.close();
		}
		this.time.dispose();
	}

	@Test
	void callsTheOpenCircuitRefusedAreNotTimedAsRequests() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		this.recorder = new BatchingUsageRecorder(this.sender, MeteringSettings.builder()
			.batchSize(1)
			.linger(Duration.ofMillis(1))
			.circuitBreaker(new MeteringSettings.CircuitSettings(50, Duration.ofHours(1), 4, 2, 1))
			.build(), new RecordingDeadLetterHandler(), this.time);
		IngestMeters.bind(registry, this.recorder);
		this.recorder.addListener(this.listener);
		this.recorder.start();
		for (int i = 0; i < 3; i++) {
			this.recorder.record(IngestEvent.of("api_call", "cus_1"));
		}
		await().atMost(Pipelines.WAIT).until(() -> this.recorder.status().state() == PipelineState.CIRCUIT_OPEN);
		int sentWhenOpen = this.sent.get();

		for (int second = 0; second < 30; second++) {
			this.time.advanceTimeBy(Duration.ofSeconds(1));
		}
		await().atMost(Pipelines.WAIT).until(() -> this.sent.get() == sentWhenOpen);

		double timed = registry.get("monigo.ingest.requests").timers().stream().mapToLong(Timer::count).sum();
		assertThat(timed).as("requests timed").isEqualTo(this.sent.get());
		assertThat(registry.find("monigo.ingest.requests").tag("status", "0").timers()).isEmpty();
		assertThat(registry.find("monigo.ingest.requests").tag("outcome", "not_permitted").timers()).isEmpty();
		assertThat(this.completed).hasSize(sentWhenOpen).containsOnly("retry 503");
	}

	@Test
	void refusalsDoNotGrowTheBatchsBackoff() {
		MeteringSettings settings = MeteringSettings.builder()
			.retryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(5), 2.0, 0.0)
			.build();
		CircuitBreaker breaker = CircuitBreaker.ofDefaults("refusals");
		RetrySchedule retries = new RetrySchedule(this.time, () -> {
		});
		BatchDelivery delivery = delivery(settings, breaker, new PipelineHealth(settings), retries);
		Batch batch = batch();

		breaker.transitionToForcedOpenState();
		for (int refusal = 0; refusal < 6; refusal++) {
			delivery.attempt(batch, 1).block(Duration.ofSeconds(10));
			this.time.advanceTimeBy(settings.circuit().openDuration().plusSeconds(1));
			assertThat(retries.nextReady()).as("the batch, ready again after refusal %d", refusal).isSameAs(batch);
		}
		assertThat(this.sent).hasValue(0);
		assertThat(this.completed).isEmpty();

		breaker.transitionToClosedState();
		delivery.attempt(batch, 1).block(Duration.ofSeconds(10));

		assertThat(this.sent).hasValue(1);
		this.time.advanceTimeBy(Duration.ofMillis(999));
		assertThat(retries.nextReady()).as("ready before the first backoff (1 s) ran out").isNull();
		this.time.advanceTimeBy(Duration.ofMillis(1));
		assertThat(retries.nextReady()).as("ready after the first backoff, not the seventh (64 s)").isSameAs(batch);
	}


	@Test
	void aRefusedBatchIsTriedAgainWhenTheOpenCircuitLetsProbesThroughNotEverySecond() {
		MeteringSettings settings = MeteringSettings.builder().circuitBreaker(50, Duration.ofSeconds(30)).build();
		CircuitBreaker breaker = CircuitBreaker.ofDefaults("probes");
		PipelineHealth health = new PipelineHealth(settings);
		RetrySchedule retries = new RetrySchedule(this.time, () -> {
		});
		BatchDelivery delivery = delivery(settings, breaker, health, retries);
		Batch batch = batch();
		health.circuitOpened();
		breaker.transitionToForcedOpenState();

		delivery.attempt(batch, 1).block(Duration.ofSeconds(10));

		this.time.advanceTimeBy(Duration.ofSeconds(29));
		assertThat(retries.nextReady()).as("ready while the circuit is still open").isNull();
		this.time.advanceTimeBy(Duration.ofSeconds(2));
		assertThat(retries.nextReady()).as("ready once the open duration ran out").isSameAs(batch);
		assertThat(this.sent).hasValue(0);
	}

	private BatchDelivery delivery(MeteringSettings settings, CircuitBreaker breaker, PipelineHealth health,
			RetrySchedule retries) {
		Listeners listeners = new Listeners();
		listeners.add(this.listener);
		return new BatchDelivery(this.sender, settings,
				new BatchDelivery.Collaborators(breaker,
						new Accounting(new IngestCounters(), new RecordingDeadLetterHandler(),
								new MemoryPendingEvents(settings)),
						health, listeners, new AtomicInteger(1000), new DeliveryLimit(settings.maxInFlight()), retries));
	}

	private static Batch batch() {
		IngestEvent event = IngestEvent.of("api_call", "cus_1").withIdempotencyKey("key_1");
		return new Batch(List.of(new Pending(event, MonigoJson.write(event), Pending.NO_POSITION)), new BatchGroup(0, 1));
	}

}
