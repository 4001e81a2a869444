package co.monigo.benchmarks.startup;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The startup benchmark's results as Markdown: each measure's mean and standard deviation for the
 * application without Monigo and with the starter, and the difference with its standard error.
 */
final class StartupReport {

	/** Most milliseconds the starter may add to Spring's start time (issue 14; issue 6 asked for 50). */
	static final double TARGET_MILLIS = 150;

	private StartupReport() {
	}

	/**
	 * Renders the runs of both applications.
	 * @param setup how the runs were made, one line
	 * @param machine the machine, one line
	 */
	static String render(String setup, String machine, List<StartupRun> plain, List<StartupRun> monigo) {
		StringBuilder report = new StringBuilder();
		report.append("## Startup: a Spring MVC application with the Monigo starter and without it\n\n");
		report.append(setup).append("\n\nMachine: ").append(machine).append("\n\n");
		report.append("| measure (mean ± standard deviation) | without Monigo | with the starter | difference (± standard error) |\n");
		report.append("| --- | --- | --- | --- |\n");
		row(report, "Spring's start time, run to ready (ms)", plain, monigo, StartupRun::readyMillis);
		row(report, "JVM start to ready (ms)", plain, monigo, StartupRun::jvmUptimeMillis);
		row(report, "main thread CPU to ready (ms)", plain, monigo, StartupRun::mainCpuMillis);
		row(report, "process CPU to ready, all threads (ms)", plain, monigo, StartupRun::processCpuMillis);
		row(report, "classes loaded", plain, monigo, StartupRun::classesLoaded);
		row(report, "bean definitions", plain, monigo, StartupRun::beans);
		Sample plainReady = sample(plain, StartupRun::readyMillis);
		Sample monigoReady = sample(monigo, StartupRun::readyMillis);
		double added = monigoReady.mean() - plainReady.mean();
		report.append(String.format(Locale.ROOT, "%nTarget: the starter adds under %.0f ms to Spring's start time: "
				+ "**%s** (%+.0f ms, %.2f times the start time without Monigo).%n", TARGET_MILLIS,
				(added < TARGET_MILLIS) ? "met" : "missed", added, monigoReady.mean() / plainReady.mean()));
		return report.toString();
	}

	private static void row(StringBuilder report, String measure, List<StartupRun> plain, List<StartupRun> monigo,
			ToLongFunction<StartupRun> value) {
		Sample without = sample(plain, value);
		Sample with = sample(monigo, value);
		report.append("| ")
			.append(measure)
			.append(" | ")
			.append(without)
			.append(" | ")
			.append(with)
			.append(" | ")
			.append(with.differenceFrom(without))
			.append(" |\n");
	}

	private static Sample sample(List<StartupRun> runs, ToLongFunction<StartupRun> value) {
		return new Sample(runs.stream().map((run) -> (double) value.applyAsLong(run)).toList());
	}

}
