package co.monigo.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Mono;

import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.DropReason;
import co.monigo.metering.MeteringSettings;

/**
 * Events per second into {@code UsageRecorder.record} (validate, enqueue; the event carries its key and
 * timestamp, as a caller's event with a request id does) against {@code ArrayBlockingQueue.offer} of
 * the same event, each drained by a consumer thread, in the same run. Run with {@code -prof gc} for
 * bytes allocated per event, and {@code -t 2} for two recording threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordPathBenchmark {

	private static final IngestEvent EVENT = IngestEvent.of("api_call", "cus_42")
		.withIdempotencyKey("req_1")
		.withTimestamp(Instant.parse("2026-02-01T10:00:00Z"))
		.withProperties(Map.of("tokens", 1500));

	private static final IngestResult NOTHING = new IngestResult(List.of(), List.of());

	private BatchingUsageRecorder recorder;

	private ArrayBlockingQueue<IngestEvent> queue;

	private Thread drainer;

	private volatile boolean draining;

	@Setup(Level.Trial)
	public void setUp() {
		this.recorder = new BatchingUsageRecorder((batch, key) -> Mono.just(NOTHING),
				MeteringSettings.builder().capacity(1 << 20).maxInFlight(4).linger(Duration.ofMillis(5)).build(),
				new IgnoringDeadLetters());
		this.recorder.start();
		this.queue = new ArrayBlockingQueue<>(1 << 20);
		this.draining = true;
		this.drainer = new Thread(() -> {
			List<IngestEvent> batch = new java.util.ArrayList<>(1000);
			while (this.draining) {
				batch.clear();
				if (this.queue.drainTo(batch, 1000) == 0) {
					Thread.onSpinWait();
				}
			}
		}, "baseline-drainer");
		this.drainer.start();
	}

	@TearDown(Level.Trial)
	public void tearDown() throws InterruptedException {
		this.draining = false;
		this.drainer.join();
		this.recorder.shutdown(Duration.ofSeconds(5));
		System.out.println("\nrecorder: " + this.recorder.counters());
	}

	@Benchmark
	public boolean baselineArrayBlockingQueueOffer() {
		return this.queue.offer(EVENT);
	}

	@Benchmark
	public IngestEvent monigoRecord() {
		return this.recorder.record(EVENT);
	}

	static final class IgnoringDeadLetters implements DeadLetterHandler {

		@Override
		public void rejected(List<IngestEvent> events, co.monigo.client.MonigoApiException cause) {
		}

		@Override
		public void dropped(IngestEvent event, DropReason reason) {
		}

	}

}
