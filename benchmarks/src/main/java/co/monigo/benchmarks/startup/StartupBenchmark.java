package co.monigo.benchmarks.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The startup benchmark: the start time of a Spring MVC application with the Monigo starter (and a
 * {@code @Metered} endpoint) against the same application with no Monigo jar on its classpath. Run by
 * {@code benchmarks/scripts/startup.sh}; arguments in {@link StartupSettings}.
 * <p>
 * Each start is a fresh JVM that stops as soon as the application is ready. The two applications take
 * turns, in the order ABBA ABBA..., so a change in the machine's load over the run falls on both
 * alike; the first start of each is discarded.
 */
public final class StartupBenchmark {

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		StartupSettings settings = StartupSettings.parse(args);
		Files.createDirectories(settings.output());
		for (int i = 0; i < settings.discarded(); i++) {
			start(settings.plainJar(), List.of(), settings.output(), "plain", "discarded");
			start(settings.monigoJar(), settings.monigoOptions(), settings.output(), "monigo", "discarded");
		}
		List<StartupRun> plain = new ArrayList<>();
		List<StartupRun> monigo = new ArrayList<>();
		for (int i = 0; i < settings.runs(); i++) {
			boolean plainFirst = (i % 2 == 0);
			if (plainFirst) {
				plain.add(start(settings.plainJar(), List.of(), settings.output(), "plain", "run " + (i + 1)));
			}
			monigo.add(start(settings.monigoJar(), settings.monigoOptions(), settings.output(), "monigo", "run " + (i + 1)));
			if (!plainFirst) {
				plain.add(start(settings.plainJar(), List.of(), settings.output(), "plain", "run " + (i + 1)));
			}
		}
		String setup = String.format("%d starts of each application, taking turns (ABBA), after %d discarded; "
				+ "`java -jar` of each executable jar, default JVM options%s, stopping once ready.", settings.runs(),
				settings.discarded(), settings.monigoOptions().isEmpty() ? ""
						: " (the application with the starter: `" + String.join(" ", settings.monigoOptions()) + "`)");
		String machine = String.format("%d cores, %s %s, %s %s", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"),
				System.getProperty("os.arch"));
		String report = StartupReport.render(setup, machine, plain, monigo);
		if (settings.profile()) {
			System.out.println("[startup] profiling one start of each");
			report += StartupProfile.take(settings).render();
		}
		Path resultsFile = settings.output().resolve("results.md");
		Files.writeString(resultsFile, report);
		System.out.println();
		System.out.println(report);
		System.out.println("Written to " + resultsFile + ", with each start's output.");
	}

	private static StartupRun start(Path jar, List<String> options, Path output, String app, String run)
			throws IOException, InterruptedException {
		StartupRun started = StartupRun.parse(AppLauncher.run(jar, options, output.resolve(app + ".log")));
		System.out.printf("[startup %s] %s: ready in %d ms (JVM start to ready %d ms)%n", app, run,
				started.readyMillis(), started.jvmUptimeMillis());
		return started;
	}

}
