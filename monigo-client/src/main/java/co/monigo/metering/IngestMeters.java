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
 * {@code .pending}, {@code .pending.oldest.age}, {@code .waiting}, and {@code monigo.ingest.requests} (tags
 * {@code outcome}, {@code status}), {@code monigo.ingest.batch.size}, {@code monigo.ingest.retries}.
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
		recorder.addListener(meters);
		return meters;
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
