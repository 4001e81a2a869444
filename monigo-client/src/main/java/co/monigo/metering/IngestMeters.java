package co.monigo.metering;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The pipeline's meters, named as dashboards rely on: {@code monigo.events.recorded},
 * {@code .delivered}, {@code .duplicates}, {@code .rejected}, {@code .dropped} (tag {@code reason}),
 * {@code .pending}, {@code .pending.oldest.age}, {@code .waiting}, {@code .recovered}, {@code .unknown}, and
 * {@code monigo.ingest.requests} (tags {@code outcome}, {@code status}), {@code monigo.ingest.batch.size},
 * {@code monigo.ingest.retries}, {@code monigo.ingest.in.flight.limit}; with the journal,
 * {@code monigo.journal.events}, {@code .bytes}, {@code .max.bytes} and {@code .corrupt}.
 * Tags stay low-cardinality: no customer ids, no keys. Needs Micrometer on the classpath.
 */
public final class IngestMeters implements PipelineListener {

	private static final String WAITING = "Usage events waiting for their customer's Monigo id, not recorded yet";

	private final MeterRegistry registry;

	private final DistributionSummary batchSize;

	private final Counter retries;

	private IngestMeters(MeterRegistry registry) {
		this.registry = registry;
		this.batchSize = DistributionSummary.builder("monigo.ingest.batch.size")
			.description("Events per ingest batch")
			.baseUnit("events")
			.register(registry);
		this.retries = Counter.builder("monigo.ingest.retries")
			.description("Ingest batches sent again after a failure")
			.register(registry);
	}

	/** Binds the meters of a batching recorder and starts hearing its requests. */
	public static IngestMeters bind(MeterRegistry registry, BatchingUsageRecorder recorder) {
		IngestMeters meters = new IngestMeters(registry);
		meters.bindCounters(recorder.counters());
		Gauge.builder("monigo.events.pending.oldest.age", recorder, (live) -> seconds(live.oldestPendingAge()))
			.description("Age of the oldest pending usage event")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("monigo.events.waiting", recorder, BatchingUsageRecorder::waitingCount)
			.description(WAITING)
			.register(registry);
		Gauge.builder("monigo.ingest.in.flight.limit", recorder, BatchingUsageRecorder::inFlightLimit)
			.description("Ingest batches allowed on their way at once (adaptive)")
			.register(registry);
		if (recorder.journalStatus() != null) {
			meters.bindJournal(recorder);
		}
		recorder.addListener(meters);
		return meters;
	}

	private void bindJournal(BatchingUsageRecorder recorder) {
		Gauge.builder("monigo.journal.events", recorder, (live) -> journal(live, JournalStatus::events))
			.description("Usage events in the local journal, not acknowledged by Monigo yet")
			.register(this.registry);
		Gauge.builder("monigo.journal.bytes", recorder, (live) -> journal(live, JournalStatus::bytes))
			.description("Bytes the local journal's files take on disk")
			.baseUnit("bytes")
			.register(this.registry);
		Gauge.builder("monigo.journal.max.bytes", recorder, (live) -> journal(live, JournalStatus::maxBytes))
			.description("Most bytes the local journal may take on disk")
			.baseUnit("bytes")
			.register(this.registry);
		FunctionCounter.builder("monigo.journal.corrupt", recorder, (live) -> journal(live, JournalStatus::corrupt))
			.description("Damaged journal records found at start and skipped")
			.register(this.registry);
	}

	private static double journal(BatchingUsageRecorder recorder, java.util.function.ToLongFunction<JournalStatus> value) {
		JournalStatus status = recorder.journalStatus();
		return (status != null) ? value.applyAsLong(status) : 0;
	}

	/** Binds the counters of a disabled recorder. */
	public static IngestMeters bind(MeterRegistry registry, DisabledUsageRecorder recorder) {
		IngestMeters meters = new IngestMeters(registry);
		meters.bindCounters(recorder.counters());
		Gauge.builder("monigo.events.pending.oldest.age", recorder, (disabled) -> 0)
			.description("Age of the oldest pending usage event")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("monigo.events.waiting", recorder, (disabled) -> 0).description(WAITING).register(registry);
		return meters;
	}

	private static double seconds(Duration age) {
		return age.toNanos() / 1e9;
	}

	/**
	 * Meters hold their state object weakly: each is registered on an object the application keeps
	 * (the recorder, its counters), never on a lambda only the meter would hold.
	 */
	private void bindCounters(IngestCounters counters) {
		counter("monigo.events.recorded", "Usage events recorded", counters, IngestCounters::recordedCount);
		counter("monigo.events.delivered", "Usage events Monigo ingested", counters, IngestCounters::deliveredCount);
		counter("monigo.events.duplicates", "Usage events Monigo already had", counters,
				IngestCounters::duplicateCount);
		counter("monigo.events.rejected", "Usage events Monigo refused", counters, IngestCounters::rejectedCount);
		counter("monigo.events.recovered", "Usage events found in the journal at start, left by an earlier run",
				counters, IngestCounters::recoveredCount);
		counter("monigo.events.unknown",
				"Usage events on their way when the shutdown timeout ran out, journal off: Monigo may have them",
				counters, IngestCounters::unknownCount);
		for (DropReason reason : DropReason.values()) {
			FunctionCounter.builder("monigo.events.dropped", counters, (live) -> live.droppedCount(reason))
				.description("Usage events given up on before Monigo saw them")
				.tag("reason", reason.tag())
				.register(this.registry);
		}
		Gauge.builder("monigo.events.pending", counters, IngestCounters::pendingCount)
			.description("Usage events buffered or on their way")
			.register(this.registry);
	}

	private void counter(String name, String description, IngestCounters counters,
			java.util.function.ToDoubleFunction<IngestCounters> count) {
		FunctionCounter.builder(name, counters, count).description(description).register(this.registry);
	}

	@Override
	public void batchSent(int size) {
		this.batchSize.record(size);
	}

	@Override
	public void requestCompleted(String outcome, int status, long nanos) {
		Timer.builder("monigo.ingest.requests")
			.description("Ingest requests, by outcome and HTTP status (0: no answer)")
			.tag("outcome", outcome)
			.tag("status", Integer.toString(status))
			.register(this.registry)
			.record(nanos, TimeUnit.NANOSECONDS);
	}

	@Override
	public void retried() {
		this.retries.increment();
	}

}
