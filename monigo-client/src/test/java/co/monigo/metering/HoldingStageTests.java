package co.monigo.metering;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the pipeline does for the events a stage in front of it holds: shows them, waits for them on
 * flush and shutdown, and counts those the stage gives up on.
 */
class HoldingStageTests {

	private final RecordingDeadLetterHandler deadLetters = new RecordingDeadLetterHandler();

	private final BatchingUsageRecorder recorder = new BatchingUsageRecorder(
			(batch, key) -> Mono.just(new IngestResult(batch.stream().map(IngestEvent::idempotencyKey).toList(),
					List.of())),
			MeteringSettings.builder().linger(Duration.ofMinutes(1)).build(), this.deadLetters);

	private final TestStage stage = new TestStage(this.recorder);

	@AfterEach
	void close() {
		this.recorder.shutdown(Duration.ofMillis(100));
	}

	private static IngestEvent event(String key) {
		return IngestEvent.of("api_call", "user_1").withIdempotencyKey(key);
	}

	@Test
	void theEventsAStageHoldsAreShownAsWaitingAndNotAsRecorded() {
		this.recorder.addHoldingStage(this.stage);
		this.stage.hold(event("evt-1"));
		this.stage.hold(event("evt-2"));
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		IngestMeters.bind(registry, this.recorder);

		assertThat(this.recorder.status().waiting()).isEqualTo(2);
		assertThat(this.recorder.status().recorded()).isZero();
		assertThat(registry.get("monigo.events.waiting").gauge().value()).isEqualTo(2.0);
	}

	@Test
	void aFlushWaitsForTheStageThenDeliversWhatItReleased() throws Exception {
		this.recorder.addHoldingStage(this.stage);
		this.recorder.start();
		this.stage.hold(event("evt-1"));

		CompletableFuture<Void> flushed = this.recorder.flush();
		assertThat(flushed).as("the stage has not released its event").isNotDone();
		this.stage.releaseAll();

		flushed.get(10, TimeUnit.SECONDS);
		assertThat(this.recorder.counters().deliveredCount()).isOne();
		assertThat(this.recorder.counters().balances()).isTrue();
	}

	@Test
	void shutdownLetsTheStageReleaseItsEventsBeforeItStopsAcceptingThem() {
		this.recorder.addHoldingStage(this.stage);
		this.recorder.start();
		this.stage.releaseWhenAsked = true;
		this.stage.hold(event("evt-1"));

		this.recorder.shutdown(Duration.ofSeconds(10));

		assertThat(this.recorder.counters().deliveredCount()).isOne();
		assertThat(this.recorder.counters().droppedCount()).isZero();
	}

	@Test
	void whatTheStageStillHoldsWhenTheShutdownTimeoutRunsOutIsDroppedCountedAndDeadLettered() {
		this.recorder.addHoldingStage(this.stage);
		this.recorder.start();
		this.stage.hold(event("evt-1"));

		this.recorder.shutdown(Duration.ofMillis(100));

		IngestCounters counters = this.recorder.counters();
		assertThat(counters.recordedCount()).isOne();
		assertThat(counters.droppedCount(DropReason.SHUTDOWN)).isOne();
		assertThat(counters.balances()).isTrue();
		assertThat(this.deadLetters.dropped).containsExactly(Map.entry("evt-1", DropReason.SHUTDOWN));
		assertThat(this.recorder.status().waiting()).isZero();
	}

	@Test
	void anEventDroppedBeforeRecordingIsCountedAsRecordedAndDroppedAndDeadLettered() {
		this.recorder.recordDropped(event("evt-1"), DropReason.CUSTOMER_UNRESOLVED);

		IngestCounters counters = this.recorder.counters();
		assertThat(counters.recordedCount()).isOne();
		assertThat(counters.droppedCount(DropReason.CUSTOMER_UNRESOLVED)).isOne();
		assertThat(counters.pendingCount()).isZero();
		assertThat(counters.balances()).isTrue();
		assertThat(this.recorder.status().dropped()).containsEntry("customer_unresolved", 1L);
		assertThat(this.deadLetters.dropped).containsExactly(Map.entry("evt-1", DropReason.CUSTOMER_UNRESOLVED));
	}

	/** Holds events until the test releases them, or releases them when asked to. */
	private static final class TestStage implements HoldingStage {

		private final BatchingUsageRecorder recorder;

		private final Queue<IngestEvent> held = new ConcurrentLinkedQueue<>();

		private final List<CompletableFuture<Void>> asked = new CopyOnWriteArrayList<>();

		private volatile boolean releaseWhenAsked;

		TestStage(BatchingUsageRecorder recorder) {
			this.recorder = recorder;
		}

		void hold(IngestEvent event) {
			this.held.add(event);
		}

		void releaseAll() {
			for (IngestEvent event = this.held.poll(); event != null; event = this.held.poll()) {
				this.recorder.record(event);
			}
			this.asked.forEach((future) -> future.complete(null));
		}

		@Override
		public int heldCount() {
			return this.held.size();
		}

		@Override
		public CompletableFuture<Void> released() {
			if (this.releaseWhenAsked) {
				return CompletableFuture.runAsync(this::releaseAll);
			}
			CompletableFuture<Void> released = new CompletableFuture<>();
			this.asked.add(released);
			return this.held.isEmpty() ? CompletableFuture.completedFuture(null) : released;
		}

		@Override
		public void dropHeld(DropReason reason) {
			for (IngestEvent event = this.held.poll(); event != null; event = this.held.poll()) {
				this.recorder.recordDropped(event, reason);
			}
			this.asked.forEach((future) -> future.complete(null));
		}

	}

}
