package co.monigo.benchmarks.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the starter adds to a start, from one start of each application with class loading logged
 * ({@code -Xlog:class+load}) and Spring's startup steps recorded: the classes it loads beyond the
 * plain application's, by jar, and the steps that took longer, by their own time. One start each, so
 * the step times are rough; the class counts are exact.
 *
 * @param plainClasses classes the plain application loaded, by origin
 * @param monigoClasses classes the application with the starter loaded, by origin
 * @param plainSteps the plain application's startup steps
 * @param monigoSteps the startup steps of the application with the starter
 */
record StartupProfile(ClassOrigins plainClasses, ClassOrigins monigoClasses, List<StartupStepLine> plainSteps,
		List<StartupStepLine> monigoSteps) {

	private static final int SHOWN = 15;

	/** Starts each application once with class loading logged and the startup steps recorded. */
	static StartupProfile take(StartupSettings settings) throws IOException, InterruptedException {
		Path plainClasses = settings.output().resolve("classes-plain.log");
		Path monigoClasses = settings.output().resolve("classes-monigo.log");
		String plain = AppLauncher.run(settings.plainJar(), options(plainClasses, List.of()),
				settings.output().resolve("profile-plain.log"));
		String monigo = AppLauncher.run(settings.monigoJar(), options(monigoClasses, settings.monigoOptions()),
				settings.output().resolve("profile-monigo.log"));
		return new StartupProfile(ClassOrigins.parse(read(plainClasses)), ClassOrigins.parse(read(monigoClasses)),
				StartupStepLine.parse(plain), StartupStepLine.parse(monigo));
	}

	private static List<String> options(Path classLog, List<String> more) {
		List<String> options = new ArrayList<>(more);
		options.addAll(List.of("-Xlog:class+load=info:file=" + classLog, "-Dstartup.steps=true"));
		return options;
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** The profile as Markdown. */
	String render() {
		StringBuilder report = new StringBuilder();
		Map<String, Integer> moreClasses = this.monigoClasses.moreThan(this.plainClasses);
		report.append(String.format(Locale.ROOT, "%n### What the starter adds (one profiled start of each)%n%n"
				+ "Classes loaded: %,d without Monigo, %,d with the starter (%+,d). The origins of the extra classes, "
				+ "most first:%n%n", this.plainClasses.total(), this.monigoClasses.total(),
				this.monigoClasses.total() - this.plainClasses.total()));
		report.append("| origin | extra classes |\n| --- | --- |\n");
		moreClasses.entrySet()
			.stream()
			.limit(SHOWN)
			.forEach((origin) -> report.append(String.format(Locale.ROOT, "| %s | %,d |%n", origin.getKey(),
					origin.getValue())));
		report.append(String.format(Locale.ROOT, "%nSpring startup steps that took longer with the starter, by "
				+ "their own time (without nested steps; a step the plain application does not have counts "
				+ "in full):%n%n"));
		report.append("| step | without Monigo (ms) | with the starter (ms) | difference (ms) |\n| --- | --- | --- | --- |\n");
		Map<String, Long> plainOwn = ownByStep(this.plainSteps);
		Map<String, Long> monigoOwn = ownByStep(this.monigoSteps);
		monigoOwn.entrySet()
			.stream()
			.map((step) -> Map.entry(step.getKey(), step.getValue() - plainOwn.getOrDefault(step.getKey(), 0L)))
			.filter((step) -> step.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(SHOWN)
			.forEach((step) -> report.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f | %+.1f |%n",
					step.getKey(), plainOwn.getOrDefault(step.getKey(), 0L) / 1000.0,
					monigoOwn.get(step.getKey()) / 1000.0, step.getValue() / 1000.0)));
		report.append(String.format(Locale.ROOT, "%nAll steps' own time: %.0f ms without Monigo, %.0f ms with the "
				+ "starter.%n", total(plainOwn) / 1000.0, total(monigoOwn) / 1000.0));
		return report.toString();
	}

	private static Map<String, Long> ownByStep(List<StartupStepLine> steps) {
		Map<String, Long> own = new HashMap<>();
		steps.forEach((step) -> own.merge(step.step(), step.ownMicros(), Long::sum));
		return own;
	}

	private static long total(Map<String, Long> own) {
		return own.values().stream().mapToLong(Long::longValue).sum();
	}

}
