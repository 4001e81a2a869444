package co.monigo.benchmarks.latency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Writes the sweep's results: {@code results.md} (a table per measure), and {@code delivered.dat},
 * round trips in rows and ways in columns, that {@code benchmarks/scripts/latency-plot.gp} draws.
 */
final class SweepReport {

	private final SweepSettings settings;

	private final List<SweepPoint> points;

	SweepReport(SweepSettings settings, List<SweepPoint> points) {
		this.settings = settings;
		this.points = List.copyOf(points);
	}

	void write(Path directory, String machine) throws IOException {
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("results.md"), markdown(machine));
		Files.writeString(directory.resolve("delivered.dat"), table());
	}

	String markdown(String machine) {
		StringBuilder md = new StringBuilder();
		md.append("## Latency sweep: events/s delivered against the round trip to Monigo\n\n");
		md.append(String.format(Locale.ROOT,
				"Offered %,d events/s (open loop) to each way; %.0f s warm-up, then %.0f s measured per way and "
						+ "round trip. Ingest server in its own JVM, answering each request after the round trip "
						+ "(a timer, no thread per request). HTTP client: %s, as Spring Boot builds it. %s%n%n",
				this.settings.eventsPerSecond(), this.settings.warmupSeconds(), this.settings.seconds(),
				this.settings.connector(), machine));
		md.append("Ways: `pipeline` is the starter's `BatchingUsageRecorder` with default settings; `per-event` is "
				+ "one synchronous ingest call per event from 16 threads; `two-batches` is two threads each "
				+ "sending batches of up to 1,000 synchronously (two fixed batches in flight). The baselines "
				+ "take events through a bounded queue as large as the pipeline's buffer.\n\n");
		header(md, "delivered events/s (dropped share of offered)");
		for (int rtt : this.settings.roundTripsMs()) {
			md.append("| ").append(rtt).append(" ms |");
			for (String way : this.settings.ways()) {
				SweepPoint point = find(rtt, way);
				md.append((point != null) ? String.format(Locale.ROOT, " %,.0f (%.1f %% dropped) |",
						point.deliveredPerSecond(), 100 * point.droppedShare()) : " |");
			}
			md.append('\n');
		}
		md.append('\n');
		return md.toString();
	}

	private void header(StringBuilder md, String what) {
		md.append("| round trip, ").append(what).append(" |");
		this.settings.ways().forEach((way) -> md.append(" `").append(way).append("` |"));
		md.append("\n| ---").append(" | ---".repeat(this.settings.ways().size())).append(" |\n");
	}

	String table() {
		List<String> lines = new ArrayList<>();
		lines.add("rtt_ms " + String.join(" ", this.settings.ways()));
		for (int rtt : this.settings.roundTripsMs()) {
			StringBuilder line = new StringBuilder().append(rtt);
			for (String way : this.settings.ways()) {
				SweepPoint point = find(rtt, way);
				line.append(' ').append((point != null) ? String.format(Locale.ROOT, "%.0f", point.deliveredPerSecond()) : "NaN");
			}
			lines.add(line.toString());
		}
		return String.join("\n", lines) + "\n";
	}

	private @Nullable SweepPoint find(int rtt, String way) {
		return this.points.stream()
			.filter((point) -> point.roundTripMs() == rtt && point.way().equals(way))
			.findFirst()
			.orElse(null);
	}

}
