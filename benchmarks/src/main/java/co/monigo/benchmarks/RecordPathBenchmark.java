package co.monigo.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.openjdk.jmh.annotations.AuxCounters;
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
import co.monigo.metering.journal.JournalSettings;

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
@Fork(3)
public class RecordPathBenchmark {

	private static final IngestEvent EVENT = IngestEvent.of("api_call", "cus_42")
		.withIdempotencyKey("req_1")
		.withTimestamp(Instant.parse("2026-02-01T10:00:00Z"))
		.withProperties(Map.of("tokens", 1500));

	private static final IngestResult NOTHING = new IngestResult(List.of(), List.of());

	@Benchmark
	public boolean baselineArrayBlockingQueueOffer(QueueWithConsumer baseline, RecordingThread thread) {
		thread.operations++;
		boolean accepted = baseline.queue.offer(EVENT);
		if (!accepted) {
			thread.refused++;
		}
		return accepted;
	}

	@Benchmark
	public IngestEvent monigoRecord(Recorder recorder, RecordingThread thread) {
		thread.operations++;
		return recorder.recorder.record(EVENT);
	}

	/**
	 * The same recorder with the journal on (the starter's default): each event is written as JSON into
	 * the memory-mapped journal before {@code record()} returns. Events the journal could not take (full)
	 * are counted as refused.
	 */
	@Benchmark
	public IngestEvent monigoRecordJournaled(JournaledRecorder recorder, RecordingThread thread) {
		thread.operations++;
		long dropped = recorder.recorder.counters().droppedCount();
		IngestEvent recorded = recorder.recorder.record(EVENT);
		if (recorder.recorder.counters().droppedCount() != dropped) {
			thread.refused++;
		}
		return recorded;
	}

	/**
	 * What {@code @Metered} hands the recorder: events without key or timestamp (the recorder stamps
	 * both), distinct objects taken in turn from the state, into a recorder with the default settings.
	 */
	@Benchmark
	public IngestEvent monigoRecordUnstampedDefaults(DefaultRecorder recorder, RecordingThread thread) {
		thread.operations++;
		return recorder.recorder.record(recorder.next());
	}

	/**
	 * The recorder with its default settings (a buffer of 10,000, batches of 1,000, two in flight),
	 * delivering to a sender that answers at once and counts what it is given (the drained events).
	 */
	@State(Scope.Benchmark)
	public static class DefaultRecorder {

		private static final int EVENTS = 4096;

		private final IngestEvent[] events = new IngestEvent[EVENTS];

		private int next;

		BatchingUsageRecorder recorder;

		@Setup(Level.Trial)
		public void start() {
			for (int i = 0; i < EVENTS; i++) {
				this.events[i] = MeteredEvents.unstamped(i);
			}
			this.recorder = new BatchingUsageRecorder((batch, key) -> {
				RecordingThread.DRAINED.add(batch.size());
				return Mono.just(NOTHING);
			}, MeteringSettings.defaults(), new IgnoringDeadLetters());
			this.recorder.start();
		}

		IngestEvent next() {
			return this.events[this.next++ & (EVENTS - 1)];
		}

		@TearDown(Level.Trial)
		public void stop() {
			this.recorder.shutdown(Duration.ofSeconds(5));
			System.out.println("\nrecorder (defaults): " + this.recorder.counters());
		}

	}

	/**
	 * The product: the recorder, with its own dispatcher thread batching and delivering to a sender
	 * that answers at once. Its own state, so it only exists while its benchmark runs.
	 */
	@State(Scope.Benchmark)
	public static class Recorder {

		BatchingUsageRecorder recorder;

		@Setup(Level.Trial)
		public void start() {
			this.recorder = new BatchingUsageRecorder((batch, key) -> Mono.just(NOTHING),
					MeteringSettings.builder().capacity(1 << 20).maxInFlight(4).linger(Duration.ofMillis(5)).build(),
					new IgnoringDeadLetters());
			this.recorder.start();
		}

		@TearDown(Level.Trial)
		public void stop() {
			this.recorder.shutdown(Duration.ofSeconds(5));
			System.out.println("\nrecorder: " + this.recorder.counters());
		}

	}

	/**
	 * {@link Recorder} with the journal on, in a temporary folder deleted after the trial; the journal may
	 * take 2 GB, so a burst that outruns delivery is kept, not refused.
	 */
	@State(Scope.Benchmark)
	public static class JournaledRecorder {

		BatchingUsageRecorder recorder;

		private Path folder;

		@Setup(Level.Trial)
		public void start() {
			this.folder = TemporaryFolders.create("monigo-record-path-journal");
			this.recorder = new BatchingUsageRecorder((batch, key) -> Mono.just(NOTHING),
					MeteringSettings.builder()
						.capacity(1 << 20)
						.maxInFlight(4)
						.linger(Duration.ofMillis(5))
						.journal(new JournalSettings(this.folder, 2L << 30, Duration.ofSeconds(1)))
						.build(),
					new IgnoringDeadLetters());
			this.recorder.start();
		}

		@TearDown(Level.Trial)
		public void stop() {
			this.recorder.shutdown(Duration.ofSeconds(5));
			this.recorder.close();
			System.out.println("\nrecorder (journal): " + this.recorder.counters());
			TemporaryFolders.delete(this.folder);
		}

	}

	/**
	 * The baseline: a plain bounded queue of the same capacity, with a consumer thread that waits for an
	 * event and drains up to 1,000 at a time, as the recorder's dispatcher does (without batching,
	 * delivering or accounting). Its own state, so its consumer only runs while its benchmark runs.
	 */
	@State(Scope.Benchmark)
	public static class QueueWithConsumer {

		final ArrayBlockingQueue<IngestEvent> queue = new ArrayBlockingQueue<>(1 << 20);

		private BaselineConsumer consumer;

		@Setup(Level.Trial)
		public void start() {
			this.consumer = BaselineConsumer.start(this.queue);
		}

		@TearDown(Level.Trial)
		public void stop() throws InterruptedException {
			this.consumer.stop();
		}

	}

	/**
	 * What each recording thread did in an iteration. Bytes allocated by the recording threads alone,
	 * and their calls: JMH's {@code gc} profiler counts every thread, including the consumer that
	 * batches and delivers; JMH adds both counters up over iterations and threads, so their quotient is
	 * the recording threads' bytes per call (the results script divides them). And the events the
	 * buffer accepted, per second: a call whose event found the buffer full returns at once (the
	 * event is dropped and counted), so calls per second alone would flatter an overloaded consumer.
	 */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class RecordingThread {

		private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();

		static final ThreadLocal<RecordingThread> CURRENT = new ThreadLocal<>();

		/** Events the sender was given: drained from the buffer by the dispatcher. */
		static final LongAdder DRAINED = new LongAdder();

		/** Calls whose event the buffer took, per second (JMH divides the count by the time). */
		public long acceptedEvents;

		/**
		 * Events drained from the buffer and handed to the sender, per second: the first recording thread
		 * to end an iteration takes the count since the last, so the sum over threads is the whole.
		 */
		public long drainedEvents;

		public long recordingThreadCalls;

		public long recordingThreadBytes;

		public long refusedCalls;

		long operations;

		long refused;

		private long allocatedAtStart;

		@Setup(Level.Iteration)
		public void start() {
			CURRENT.set(this);
			this.operations = 0;
			this.refused = 0;
			this.allocatedAtStart = THREADS.getCurrentThreadAllocatedBytes();
		}

		@TearDown(Level.Iteration)
		public void stop() {
			this.recordingThreadBytes = THREADS.getCurrentThreadAllocatedBytes() - this.allocatedAtStart;
			this.recordingThreadCalls = this.operations;
			this.refusedCalls = this.refused;
			this.acceptedEvents = this.operations - this.refused;
			this.drainedEvents = DRAINED.sumThenReset();
		}

	}

	/** Counts, on the recording thread, the events the recorder drops because its buffer is full. */
	static final class IgnoringDeadLetters implements DeadLetterHandler {

		@Override
		public void rejected(List<IngestEvent> events, co.monigo.client.error.MonigoApiException cause) {
		}

		@Override
		public void dropped(IngestEvent event, DropReason reason) {
			RecordingThread thread = RecordingThread.CURRENT.get();
			if (thread != null) {
				thread.refused++;
			}
		}

	}

}
