package co.monigo.benchmarks.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
 */
record StartupSettings(int runs, int discarded, Path plainJar, Path monigoJar, Path output, boolean profile) {

	StartupSettings {
		if (runs < 2 || discarded < 0) {
			throw new IllegalArgumentException("need at least 2 runs and no negative discarded runs");
		}
	}

	/** The settings the arguments give, with a default for each one missing. */
	static StartupSettings parse(String... args) {
		int runs = 15;
		int discarded = 1;
		Path plainJar = null;
		Path monigoJar = null;
		Path output = Path.of("benchmarks", "target", "startup");
		boolean profile = false;
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("arguments are --name=value, was " + arg);
			}
			String value = arg.substring(equals + 1);
			switch (arg.substring(2, equals)) {
				case "runs" -> runs = Integer.parseInt(value);
				case "discarded" -> discarded = Integer.parseInt(value);
				case "plain-jar" -> plainJar = Path.of(value);
				case "monigo-jar" -> monigoJar = Path.of(value);
				case "output" -> output = Path.of(value);
				case "profile" -> profile = Boolean.parseBoolean(value);
				default -> throw new IllegalArgumentException("unknown argument " + arg
						+ "; known: --runs, --discarded, --plain-jar, --monigo-jar, --output, --profile");
			}
		}
		return new StartupSettings(runs, discarded,
				(plainJar != null) ? plainJar : executableJarIn(Path.of("benchmarks", "startup-plain", "target")),
				(monigoJar != null) ? monigoJar : executableJarIn(Path.of("benchmarks", "startup-monigo", "target")),
				output, profile);
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
