package co.monigo.benchmarks.outage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The outage benchmark's results as Markdown: the endpoint's latency in each mode with its ratio to the
 * healthy run, and what the ingest pipeline did meanwhile.
 */
final class OutageReport {

	/** Highest p99 under an outage, relative to the healthy p99, that meets the target. */
	static final double TARGET_P99_RATIO = 1.1;

	private OutageReport() {
	}

	/**
	 * Renders the results; each round's first is its healthy baseline.
	 * @param setup how the runs were made (load tool, durations, JVM), one line
	 * @param machine the machine, one line
	 */
	static String render(String setup, String machine, List<ModeResult> results) {
		boolean severalRounds = results.stream().anyMatch((result) -> result.round() > 1);
		StringBuilder report = new StringBuilder();
		report.append("## Outage: `POST /v1/completions` while Monigo's ingest is down\n\n");
		report.append(setup).append("\n\nMachine: ").append(machine).append("\n\n");
		report.append("| ingest | requests/s | p50 (ms) | p90 (ms) | p99 (ms) | p99 / healthy | p99.9 (ms) | max (ms) "
				+ "| failed requests | app CPU per request (µs) | usage retained | time to drain after |\n");
		report.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
		for (ModeResult result : results) {
			WrkResult load = result.load();
			report.append(row(result.label(severalRounds), format("%,.0f", load.requestsPerSecond()),
					millis(load.p50Micros()), millis(load.p90Micros()), millis(load.p99Micros()),
					ratio(result, healthyOf(result.round(), results)), millis(load.p999Micros()),
					millis(load.maxMicros()), failed(load), format("%.0f", result.appCpuMicrosPerRequest()),
					format("%.1f %%", 100 * result.retainedShare()),
					(result.drain() != null) ? format("%.1f s", result.drain().toMillis() / 1000.0) : "not drained"));
		}
		report.append("\nTarget: p99 under an outage within ").append(TARGET_P99_RATIO).append(" times the healthy p99");
		report.append(severalRounds ? medianRatios(results) : ".").append("\n\n");
		report.append("The ingest pipeline during each measurement (`/actuator/monigo` before and after it):\n\n");
		report.append("| ingest | state after | recorded | delivered | dropped (by reason) | pending after / capacity "
				+ "| ingest requests served / failed | last error |\n");
		report.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
		for (ModeResult result : results) {
			PipelineSnapshot before = result.before();
			PipelineSnapshot after = result.after();
			report.append(row(result.label(severalRounds), after.state(), format("%,d", after.recorded() - before.recorded()),
					format("%,d", after.delivered() - before.delivered()), after.droppedSince(before),
					format("%,d / %,d", after.pending(), after.capacity()),
					format("%,d / %,d", result.ingestServed(), result.ingestFaulted()),
					(after.lastError() != null) ? after.lastError().replace('|', '/') : ""));
		}
		return report.toString();
	}

	private static ModeResult healthyOf(int round, List<ModeResult> results) {
		return results.stream()
			.filter((result) -> result.round() == round && result.mode() == IngestOutage.HEALTHY)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("round " + round + " has no healthy baseline"));
	}

	/** {@code ; the median over the rounds: 503 1.04, hang 0.98.} */
	private static String medianRatios(List<ModeResult> results) {
		StringBuilder medians = new StringBuilder("; the median over the rounds (lowest–highest):");
		Arrays.stream(IngestOutage.values()).filter((mode) -> mode != IngestOutage.HEALTHY).forEach((mode) -> {
			double[] ratios = results.stream()
				.filter((result) -> result.mode() == mode)
				.mapToDouble((result) -> result.p99Ratio(healthyOf(result.round(), results)))
				.sorted()
				.toArray();
			if (ratios.length > 0) {
				double median = (ratios.length % 2 == 1) ? ratios[ratios.length / 2]
						: (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
				medians.append(format(" %s **%.2f** (%.2f–%.2f),", mode.label(), median, ratios[0],
						ratios[ratios.length - 1]));
			}
		});
		medians.setCharAt(medians.length() - 1, '.');
		return medians.toString();
	}

	private static String ratio(ModeResult result, ModeResult healthy) {
		if (result == healthy) {
			return "1.00";
		}
		double ratio = result.p99Ratio(healthy);
		return format("**%.2f** (%s)", ratio, (ratio <= TARGET_P99_RATIO) ? "met" : "missed");
	}

	private static String failed(WrkResult load) {
		return load.allSucceeded() ? "0"
				: format("%,d non-2xx, %,d socket errors", load.non2xx(), load.socketErrors());
	}

	private static String millis(long micros) {
		return format("%.2f", micros / 1000.0);
	}

	private static String row(String... cells) {
		return "| " + String.join(" | ", cells) + " |\n";
	}

	private static String format(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

}
