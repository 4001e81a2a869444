package co.monigo.benchmarks.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import co.monigo.benchmarks.NamedArguments;

/**
 * How the startup benchmark runs, from its {@code --name=value} arguments; each has a default.
 *
 * @param runs measured starts of each application ({@code --runs=15})
 * @param discarded starts of each application before those, not counted ({@code --discarded=1}): the
 * first start after a build reads the jars cold from disk
 * @param plainJar the application without Monigo ({@code --plain-jar=...}; by default the executable jar in
 * {@code benchmarks/startup-plain/target})
 * @param monigoJar the application with the starter ({@code --monigo-jar=...}; by default the executable
 * jar in {@code benchmarks/startup-monigo/target})
 * @param output where the results and the applications' output go ({@code --output=benchmarks/target/startup})
 * @param profile whether to also start each application once with class loading logged and Spring's
 * startup steps recorded, and show what the starter adds ({@code --profile=true})
 * @param monigoOptions JVM options for the application with the starter only, separated by spaces
 * ({@code --monigo-options=-Dstartup.metered-endpoint=false}: the starter without a {@code @Metered}
 * endpoint, so without the proxy it needs)
 */
record StartupSettings(int runs, int discarded, Path plainJar, Path monigoJar, Path output, boolean profile,
		List<String> monigoOptions) {

	StartupSettings {
		if (runs < 2 || discarded < 0) {
			throw new IllegalArgumentException("need at least 2 runs and no negative discarded runs");
		}
	}

	/** The settings the arguments give, with a default for each one missing. */
	static StartupSettings parse(String... args) {
		NamedArguments arguments = NamedArguments.parse(args,
				List.of("runs", "discarded", "plain-jar", "monigo-jar", "output", "profile", "monigo-options"));
		int runs = arguments.get("runs", Integer::parseInt, 15);
		int discarded = arguments.get("discarded", Integer::parseInt, 1);
		Path plainJar = arguments.find("plain-jar", Path::of);
		Path monigoJar = arguments.find("monigo-jar", Path::of);
		Path output = arguments.get("output", Path::of, Path.of("benchmarks", "target", "startup"));
		boolean profile = arguments.get("profile", Boolean::parseBoolean, false);
		List<String> monigoOptions = arguments.get("monigo-options",
				(value) -> List.of(value.trim().split("\\s+")), List.of());
		return new StartupSettings(runs, discarded,
				(plainJar != null) ? plainJar : executableJarIn(Path.of("benchmarks", "startup-plain", "target")),
				(monigoJar != null) ? monigoJar : executableJarIn(Path.of("benchmarks", "startup-monigo", "target")),
				output, profile, monigoOptions);
	}

	/** The one {@code *-exec.jar} that Spring Boot's plugin built in {@code directory}. */
	static Path executableJarIn(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			List<Path> jars = files.filter((file) -> file.getFileName().toString().endsWith("-exec.jar")).toList();
			if (jars.size() != 1) {
				throw new IllegalStateException("expected one *-exec.jar in " + directory + ", found " + jars);
			}
			return jars.get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no " + directory + "; build it first", ex);
		}
	}

}
