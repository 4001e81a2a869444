package co.monigo.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The summary of a {@link DeliveryBenchmark} run: each way's events per second, and the product's
 * ratio to each baseline with its error (the relative errors combined in quadrature, an approximation:
 * JMH's errors are 99.9 % confidence half-widths), against the targets of issue 6.
 */
final class DeliveryReport {

	private static final double TARGET_EVENTS_PER_SECOND = 250_000;

	private static final double TARGET_RATIO_TO_PER_EVENT = 100;

	private final Map<String, RunResult> byName = new LinkedHashMap<>();

	DeliveryReport(Collection<RunResult> results) {
		for (RunResult result : results) {
			this.byName.put(name(result), result);
		}
	}

	private static String name(RunResult result) {
		return result.getParams().getBenchmark().replaceAll(".*\\.", "");
	}

	@Override
	public String toString() {
		Result<?> pipeline = primary("monigoPipeline");
		Result<?> perEvent = primary("baselineOneCallPerEvent");
		StringBuilder report = new StringBuilder(String.format(
				"%nDelivery to a loopback ingest server: events/s, and CPU µs per event (client, server)%n"));
		this.byName.forEach((name, result) -> report.append(String.format("  %-40s %,12.0f ± %,-10.0f %s%n", name,
				result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError(), cpu(result))));
		if (pipeline == null) {
			return report.toString();
		}
		report.append(String.format("  target: at least %,.0f events/s: %s%n", TARGET_EVENTS_PER_SECOND,
				verdict(pipeline.getScore() >= TARGET_EVENTS_PER_SECOND)));
		this.byName.forEach((name, result) -> {
			if (name.startsWith("baseline")) {
				double ratio = pipeline.getScore() / result.getPrimaryResult().getScore();
				report.append(String.format("  pipeline / %-40s %,10.1f ± %,.1f%n", name + ":", ratio,
						ratioError(ratio, pipeline, result.getPrimaryResult())));
			}
		});
		if (perEvent != null) {
			report.append(String.format("  target: at least %.0f x one call per event: %s%n", TARGET_RATIO_TO_PER_EVENT,
					verdict(pipeline.getScore() / perEvent.getScore() >= TARGET_RATIO_TO_PER_EVENT)));
		}
		double pipelineCpu = cpuPerEvent("monigoPipeline");
		double perEventCpu = cpuPerEvent("baselineOneCallPerEvent");
		if (pipelineCpu > 0 && perEventCpu > 0) {
			report.append(String.format("  CPU per event, one call per event / pipeline: %,.1f%n",
					perEventCpu / pipelineCpu));
		}
		return report.toString();
	}

	private Result<?> primary(String benchmark) {
		RunResult result = this.byName.get(benchmark);
		return (result != null) ? result.getPrimaryResult() : null;
	}

	private double cpuPerEvent(String benchmark) {
		RunResult result = this.byName.get(benchmark);
		if (result == null) {
			return 0;
		}
		Result<?> client = result.getSecondaryResults().get(CpuTimeProfiler.CLIENT);
		Result<?> server = result.getSecondaryResults().get(CpuTimeProfiler.SERVER);
		return (client != null && server != null) ? client.getScore() + server.getScore() : 0;
	}

	private static String cpu(RunResult result) {
		Result<?> client = result.getSecondaryResults().get(CpuTimeProfiler.CLIENT);
		Result<?> server = result.getSecondaryResults().get(CpuTimeProfiler.SERVER);
		if (client == null || server == null) {
			return "";
		}
		return String.format("cpu %.2f, %.2f", client.getScore() / 1000, server.getScore() / 1000);
	}

	private static double ratioError(double ratio, Result<?> numerator, Result<?> denominator) {
		return ratio * Math.hypot(relativeError(numerator), relativeError(denominator));
	}

	private static double relativeError(Result<?> result) {
		double error = result.getScoreError();
		return Double.isNaN(error) ? 0 : error / result.getScore();
	}

	private static String verdict(boolean met) {
		return met ? "met" : "NOT met";
	}

}
