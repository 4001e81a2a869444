package co.monigo.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.IngestCounters;
import co.monigo.metering.IngestSender;
import co.monigo.metering.MeteringSettings;
import co.monigo.metering.OverflowPolicy;

/**
 * Events per second delivered end to end to a {@link LoopbackIngestServer} that parses every event and
 * acknowledges each batch, several ways in the same run, each in its own fork against its own server,
 * which runs in a JVM of its own ({@link ForkedIngestServer}) and shares the machine's cores with the
 * client: the product (a {@link BatchingUsageRecorder} sending through {@link MonigoClient}, as the
 * starter wires it; record N events, flush, wait until all are delivered); one synchronous ingest call
 * per event; single-event calls 16 and 64 at a time; sequential synchronous batches of 100 (the way
 * Monigo's own metering example bills usage) and of 1,000; and batches of 1,000 two at a time (the
 * pipeline's default shape, without the pipeline). Batch size and concurrency are thus varied one at a
 * time. Every way uses one client whose connection pool allows 128 connections, so no way waits for a
 * connection.
 * <p>
 * Throughput mode with {@code @OperationsPerInvocation}: one invocation delivers a fixed number of
 * events and waits until the server has acknowledged them all, so the score is events per second
 * delivered, with JMH's error over the measurement iterations. Each way has its own number of events
 * per invocation (the per-event way is some hundred times slower); the score is a rate either way.
 * Run {@link #main} to get the ratios and the CPU time per event ({@link CpuTimeProfiler}) printed
 * after JMH's table.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class DeliveryBenchmark {

	/** Events per invocation of the product: about a second's worth at the target rate. */
	static final int PIPELINE_EVENTS = 250_000;

	/** Events (and calls) per invocation of the one-call-per-event baseline. */
	static final int PER_EVENT_CALLS = 200;

	/** Batches per invocation of the batches-of-100 baseline. */
	static final int BATCHES = 50;

	static final int BATCH_OF = 100;

	/** Single-event calls per invocation of the concurrent single-event baselines. */
	static final int CONCURRENT_CALLS = 2_000;

	/** Batches of 1,000 per invocation of the batches-of-1,000 baselines. */
	static final int LARGE_BATCHES = 20;

	static final int LARGE_BATCH_OF = 1_000;

	@Benchmark
	@OperationsPerInvocation(PIPELINE_EVENTS)
	public void monigoPipeline(Pipeline pipeline) throws Exception {
		for (int i = 0; i < PIPELINE_EVENTS; i++) {
			pipeline.recorder.record(MeteredEvents.unstamped(i));
		}
		pipeline.recorder.flush().get(2, TimeUnit.MINUTES);
		pipeline.checkAllDelivered(PIPELINE_EVENTS);
	}

	@Benchmark
	@OperationsPerInvocation(PER_EVENT_CALLS)
	public void baselineOneCallPerEvent(Loopback loopback) {
		for (int i = 0; i < PER_EVENT_CALLS; i++) {
			loopback.send(List.of(loopback.keyed(i)));
		}
	}

	@Benchmark
	@OperationsPerInvocation(BATCHES * BATCH_OF)
	public void baselineSequentialBatchesOf100(Loopback loopback) {
		for (int b = 0; b < BATCHES; b++) {
			List<IngestEvent> batch = new ArrayList<>(BATCH_OF);
			for (int i = 0; i < BATCH_OF; i++) {
				batch.add(loopback.keyed(b * BATCH_OF + i));
			}
			loopback.send(batch);
		}
	}

	@Benchmark
	@OperationsPerInvocation(CONCURRENT_CALLS)
	public void baselineSingleEventCallsConcurrency16(Loopback loopback) {
		loopback.sendConcurrently(CONCURRENT_CALLS, 1, 16);
	}

	@Benchmark
	@OperationsPerInvocation(CONCURRENT_CALLS)
	public void baselineSingleEventCallsConcurrency64(Loopback loopback) {
		loopback.sendConcurrently(CONCURRENT_CALLS, 1, 64);
	}

	@Benchmark
	@OperationsPerInvocation(LARGE_BATCHES * LARGE_BATCH_OF)
	public void baselineSequentialBatchesOf1000(Loopback loopback) {
		loopback.sendConcurrently(LARGE_BATCHES, LARGE_BATCH_OF, 1);
	}

	@Benchmark
	@OperationsPerInvocation(LARGE_BATCHES * LARGE_BATCH_OF)
	public void baselineTwoConcurrentBatchesOf1000(Loopback loopback) {
		loopback.sendConcurrently(LARGE_BATCHES, LARGE_BATCH_OF, 2);
	}

	/**
	 * Runs the ways and prints each one's events per second and the product's ratio to each
	 * baseline. Takes JMH's command line options (for example {@code -rf json -rff delivery.json}).
	 */
	public static void main(String[] args) throws Exception {
		OptionsBuilder options = new OptionsBuilder();
		options.parent(new CommandLineOptions(args));
		options.include(Pattern.quote(DeliveryBenchmark.class.getName()) + "\\.");
		options.addProfiler(CpuTimeProfiler.class);
		System.out.println(new DeliveryReport(new Runner(options.build()).run()));
	}

	/**
	 * The loopback server and a {@link MonigoClient} pointed at it, as the baselines use it: the
	 * client's defaults, each call blocking until the server has answered.
	 */
	@State(Scope.Benchmark)
	public static class Loopback {

		ForkedIngestServer server;

		MonigoClient client;

		private final AtomicLong eventsSent = new AtomicLong();

		private final AtomicLong sequence = new AtomicLong();

		@Setup(Level.Trial)
		public void start() {
			this.server = ForkedIngestServer.start(Duration.ZERO);
			ConnectionProvider connections = ConnectionProvider.builder("delivery-benchmark")
				.maxConnections(128)
				.pendingAcquireMaxCount(-1)
				.build();
			this.client = MonigoClient.builder()
				.apiKey("mk_test_benchmark_0001")
				.baseUrl(this.server.baseUrl())
				.webClientBuilder(WebClient.builder()
					.clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections))))
				.build();
		}

		/** An event with the key a careful caller gives it; the client stamps its timestamp. */
		IngestEvent keyed(int index) {
			return MeteredEvents.unstamped(index).withIdempotencyKey("req_" + this.sequence.incrementAndGet());
		}

		void send(List<IngestEvent> events) {
			check(this.client.events().ingest(events).block(Duration.ofSeconds(30)), events.size());
		}

		/** Sends {@code calls} batches of {@code batchSize} events, {@code concurrency} calls at a time. */
		void sendConcurrently(int calls, int batchSize, int concurrency) {
			Flux.range(0, calls).flatMap((call) -> {
				List<IngestEvent> batch = new ArrayList<>(batchSize);
				for (int i = 0; i < batchSize; i++) {
					batch.add(keyed(call * batchSize + i));
				}
				return this.client.events().ingest(batch).doOnNext((result) -> check(result, batchSize));
			}, concurrency).blockLast(Duration.ofMinutes(2));
		}

		private void check(IngestResult result, int events) {
			if (result == null || result.ingested().size() != events) {
				throw new IllegalStateException("the server acknowledged " + result + " for " + events + " events");
			}
			this.eventsSent.addAndGet(events);
		}

		void sentThroughPipeline(long events) {
			this.eventsSent.addAndGet(events);
		}

		@TearDown(Level.Trial)
		public void stop() {
			long received = this.server.eventsReceived();
			System.out.printf("%nloopback server: %,d events parsed and acknowledged in %,d requests; sent %,d%n",
					received, this.server.requestsAnswered(), this.eventsSent.get());
			this.server.close();
			if (received != this.eventsSent.get()) {
				throw new IllegalStateException(
						"the server received " + received + " events, " + this.eventsSent.get() + " were sent");
			}
		}

	}

	/**
	 * The product's pipeline as the starter builds it ({@link IngestSender#of(MonigoClient)}), with the
	 * default settings (a buffer of 10,000, batches of 1,000, two in flight) except the overflow policy:
	 * recording blocks while the buffer is full, instead of dropping, so that the recording thread runs
	 * at the rate delivery sustains and the score is that rate.
	 */
	@State(Scope.Benchmark)
	public static class Pipeline {

		private static final MeteringSettings SETTINGS = MeteringSettings.builder()
			.overflowPolicy(OverflowPolicy.BLOCK)
			.overflowBlockTimeout(Duration.ofSeconds(30))
			.build();

		BatchingUsageRecorder recorder;

		private Loopback loopback;

		@Setup(Level.Trial)
		public void start(Loopback loopback) {
			this.loopback = loopback;
			this.recorder = new BatchingUsageRecorder(IngestSender.of(loopback.client), SETTINGS,
					new IgnoredDeadLetters());
			this.recorder.start();
		}

		void checkAllDelivered(long events) {
			this.loopback.sentThroughPipeline(events);
			IngestCounters counters = this.recorder.counters();
			if (counters.deliveredCount() != counters.recordedCount() || counters.pendingCount() != 0) {
				throw new IllegalStateException("not all delivered: " + counters);
			}
		}

		@TearDown(Level.Trial)
		public void stop() {
			this.recorder.shutdown(Duration.ofSeconds(10));
			System.out.printf("%nrecorder: %s, settings %s%n", this.recorder.counters(), this.recorder.settings());
		}

	}

}
