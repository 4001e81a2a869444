package co.monigo.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import com.sun.management.HotSpotDiagnosticMXBean;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DisabledUsageRecorder;
import co.monigo.metering.IngestCounters;
import co.monigo.metering.IngestSender;
import co.monigo.metering.MeteringSettings;

/**
 * Heap retained per pending event with 100,000 events pending behind a stalled server: the real client
 * and pipeline (as the starter wires them) against a {@link LoopbackIngestServer} that reads each
 * request and never answers. Events as {@code @Metered} makes them ({@code --event=metered}: one numeric
 * property, customer ids from a set of 8), or realistic ones ({@code --event=realistic}, the default: five
 * properties and a customer id, every string its own, as parsed from each request). The live heap is counted after a
 * full collection (a class histogram) before and after recording; for reference, the same number of
 * events held in a plain {@code ArrayList} is counted the same way, and the difference is what the
 * pipeline costs beyond the events themselves. Not a JMH benchmark: run it as a main; it exits 1 when
 * the accounting does not add up.
 */
public final class PendingMemoryBenchmark {

	static final int PENDING = 100_000;

	static final int WARM_UP_EVENTS = 10_000;

	/** Room for every pending event even before the dispatcher takes its first batch. */
	static final int CAPACITY = 110_000;

	static final double TARGET_BYTES_PER_EVENT = 300;

	private PendingMemoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String kind = NamedArguments.parse(args, List.of("event")).get("event", String::valueOf, "realistic");
		IntFunction<IngestEvent> events = switch (kind) {
			case "metered" -> MeteredEvents::unstamped;
			case "realistic" -> MeteredEvents::realistic;
			default -> throw new IllegalArgumentException("--event must be metered or realistic, was " + kind);
		};
		System.out.printf("Pending memory: %,d %s events behind a stalled loopback server; %s%n", PENDING, kind, jvm());
		try (LoopbackIngestServer server = LoopbackIngestServer.start()) {
			MonigoClient client = MonigoClient.builder()
				.apiKey("mk_test_benchmark_0001")
				.baseUrl(server.baseUrl())
				.timeout(Duration.ofMinutes(10))
				.build();
			BatchingUsageRecorder recorder = new BatchingUsageRecorder(IngestSender.of(client),
					MeteringSettings.builder().capacity(CAPACITY).build(), new IgnoredDeadLetters());
			recorder.start();
			warmUp(recorder);

			server.stall();
			// The adaptive limit moves only on answers, and a stalled server gives none: it holds from here.
			CompletableFuture<Void> stalledBatches = server.whenStalledRequests(recorder.inFlightLimit());
			HeapCensus before = HeapCensus.take();
			for (int i = 0; i < PENDING; i++) {
				recorder.record(events.apply(i));
			}
			stalledBatches.get(1, TimeUnit.MINUTES);
			HeapCensus after = HeapCensus.take();
			IngestCounters counters = recorder.counters();
			System.out.printf("  recorder: %s%n", counters);
			boolean adds = counters.pendingCount() == PENDING && counters.droppedCount() == 0
					&& counters.deliveredCount() == WARM_UP_EVENTS;

			ReferenceList reference = ReferenceList.measure(events);
			report(before, after, reference, recorder.settings());
			recorder.shutdown(Duration.ofMillis(100));
			if (!adds) {
				System.out.println("  FAILED: expected " + PENDING + " pending, none dropped");
				System.exit(1);
			}
		}
		System.exit(0);
	}

	private static void warmUp(BatchingUsageRecorder recorder) throws Exception {
		for (int i = 0; i < WARM_UP_EVENTS; i++) {
			recorder.record(MeteredEvents.unstamped(i));
		}
		recorder.flush().get(1, TimeUnit.MINUTES);
		if (recorder.counters().deliveredCount() != WARM_UP_EVENTS) {
			throw new IllegalStateException("warm-up not delivered: " + recorder.counters());
		}
	}

	private static void report(HeapCensus before, HeapCensus after, ReferenceList reference,
			MeteringSettings settings) {
		double perEvent = (double) after.bytesSince(before) / PENDING;
		double overhead = perEvent - reference.bytesPerEvent();
		System.out.printf("  pipeline: %,.1f B retained per pending event (live heap after full GC, class histogram); "
				+ "MemoryMXBean used-after-GC says %,.1f B%n", perEvent, (double) after.usedSince(before) / PENDING);
		System.out.print(after.growthSince(before, PENDING, 12));
		System.out.printf("  reference: the same events in a plain ArrayList: %,.1f B per event%n",
				reference.bytesPerEvent());
		System.out.print(reference.growth());
		System.out.printf("  pipeline overhead beyond the event itself: %,.1f B per event%n", overhead);
		System.out.printf("  not in the figures: the buffer's array, allocated when the recorder is built: "
				+ "%,d slots, %,d B (capacity, not pending events)%n", settings.capacity(), 4L * settings.capacity());
		System.out.printf("  target: at most %.0f B per event: %s%n", TARGET_BYTES_PER_EVENT,
				(perEvent <= TARGET_BYTES_PER_EVENT) ? "met" : "NOT met");
	}

	private static String jvm() {
		HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		return String.format("JDK %s, %d cores, max heap %,d MB, compressed oops %s, GC %s",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, hotSpot.getVMOption("UseCompressedOops").getValue(),
				String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans()
					.stream()
					.map(GarbageCollectorMXBean::getName)
					.toList()));
	}

	/**
	 * The same events, stamped the same way (a {@link DisabledUsageRecorder} stamps as the pipeline
	 * does), held in a pre-sized {@code ArrayList}.
	 */
	private record ReferenceList(double bytesPerEvent, String growth) {

		static ReferenceList measure(IntFunction<IngestEvent> make) {
			DisabledUsageRecorder stamper = new DisabledUsageRecorder();
			HeapCensus before = HeapCensus.take();
			List<IngestEvent> events = new ArrayList<>(PENDING);
			for (int i = 0; i < PENDING; i++) {
				events.add(stamper.record(make.apply(i)));
			}
			HeapCensus after = HeapCensus.take();
			if (events.size() != PENDING) {
				throw new IllegalStateException("reference list lost events");
			}
			return new ReferenceList((double) after.bytesSince(before) / PENDING,
					after.growthSince(before, PENDING, 8));
		}

	}

}
