package co.monigo.benchmarks.latency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.web.reactive.function.client.WebClient;

import co.monigo.benchmarks.ForkedIngestServer;
import co.monigo.client.MonigoClient;

/**
 * The latency sweep: for each round trip, an ingest server in its own JVM that answers after that
 * delay, and each way fed at the same fixed rate; the events the server acknowledged and the events
 * dropped in the measured window. Arguments: see {@link SweepSettings}. Writes {@code results.md} and
 * {@code delivered.dat} (for the plot) to the output directory.
 */
public final class LatencySweep {

	private LatencySweep() {
	}

	public static void main(String[] args) throws Exception {
		SweepSettings settings = SweepSettings.parse(args);
		warmUpTheJvm(settings);
		List<SweepPoint> points = new ArrayList<>();
		for (int rtt : settings.roundTripsMs()) {
			try (ForkedIngestServer server = ForkedIngestServer.start(Duration.ofMillis(rtt))) {
				for (String way : settings.ways()) {
					SweepPoint point = measure(settings, server, rtt, way);
					System.out.printf(Locale.ROOT, "[latency] %4d ms %-12s %,10.0f events/s delivered, %,d of %,d dropped%n",
							rtt, way, point.deliveredPerSecond(), point.dropped(), point.offered());
					points.add(point);
				}
			}
		}
		String machine = String.format(Locale.ROOT, "Machine: %d cores, %s %s.", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"));
		SweepReport report = new SweepReport(settings, points);
		report.write(settings.output(), machine);
		System.out.println(report.markdown(machine));
	}

	/**
	 * Runs each way once against a server that answers at once, and forgets the result: the first use of
	 * the HTTP client and the pipeline in a JVM loads and compiles much (seen taking over 10 s on a loaded
	 * machine), which would otherwise fall on the first point measured.
	 */
	private static void warmUpTheJvm(SweepSettings settings) {
		if (settings.jvmWarmupSeconds() <= 0) {
			return;
		}
		SweepSettings warmUp = new SweepSettings(List.of(0), settings.eventsPerSecond(), settings.jvmWarmupSeconds(),
				1, settings.ways(), settings.connector(), settings.output(), 0);
		try (ForkedIngestServer server = ForkedIngestServer.start(Duration.ZERO)) {
			for (String way : warmUp.ways()) {
				System.out.printf("[latency] warming the JVM up with %s for %.0f s%n", way, warmUp.warmupSeconds());
				measure(warmUp, server, 0, way);
			}
		}
	}

	private static SweepPoint measure(SweepSettings settings, ForkedIngestServer server, int rtt, String name) {
		MonigoClient client = client(settings.connector(), server.baseUrl());
		FixedRateLoad load = new FixedRateLoad(settings.eventsPerSecond());
		try (DeliveryWay way = way(name, client)) {
			load.run(way, settings.warmupSeconds());
			long offeredBefore = load.offered();
			long deliveredBefore = server.eventsReceived();
			long droppedBefore = way.dropped();
			load.run(way, settings.seconds());
			return new SweepPoint(rtt, name, settings.seconds(), load.offered() - offeredBefore,
					server.eventsReceived() - deliveredBefore, way.dropped() - droppedBefore);
		}
		finally {
			settle(rtt);
		}
	}

	/** Lets the calls the closed way left in flight land before the next way's window. */
	private static void settle(int rttMs) {
		try {
			Thread.sleep(2L * rttMs + 500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static DeliveryWay way(String name, MonigoClient client) {
		return switch (name) {
			case "pipeline" -> new PipelineWay(client);
			case "per-event" -> new QueueWay(client, 10_000, 16, 1);
			case "two-batches" -> new QueueWay(client, 10_000, 2, 1_000);
			default -> throw new IllegalArgumentException("no way named " + name);
		};
	}

	/** A client with the connector Spring Boot would build and the client's default retries. */
	private static MonigoClient client(String connector, String baseUrl) {
		ClientHttpConnectorBuilder<?> builder = connector.equals("jdk") ? ClientHttpConnectorBuilder.jdk()
				: ClientHttpConnectorBuilder.reactor();
		return MonigoClient.builder()
			.apiKey("mk_test_latency_sweep")
			.baseUrl(baseUrl)
			.webClientBuilder(WebClient.builder().clientConnector(builder.build(HttpClientSettings.defaults())))
			.build();
	}

}
