package co.monigo.benchmarks.outage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How the outage benchmark runs, from its {@code --name=value} arguments; each has a default.
 *
 * @param modes the ingest modes measured, in order ({@code --modes=healthy,503,hang}); the first must
 * be {@code healthy}, the baseline of the others
 * @param warmup the discarded wrk run before each measurement, ingest healthy ({@code --warmup=15}, seconds)
 * @param duration each measured wrk run ({@code --duration=20}, seconds)
 * @param threads wrk's threads ({@code --threads=1})
 * @param connections wrk's connections ({@code --connections=8})
 * @param pause how long each connection waits between its requests ({@code --pause=0}, milliseconds): zero
 * loads the application as much as it takes, where latency is mostly queueing; a pause keeps it below
 * saturation, where latency is mostly the request's own work
 * @param rounds how many times every mode is measured, in turn ({@code --rounds=1})
 * @param appJar the sample application's executable jar ({@code --app-jar=sample-app/target/sample-app.jar})
 * @param output where the results, wrk's output and the application's logs go
 * ({@code --output=benchmarks/target/outage})
 * @param profile whether each application JVM records a JFR profile into the output directory
 * ({@code --profile=true}); off by default, as it costs a little
 * @param appArguments more arguments for the application, space separated, e.g.
 * {@code --app-args=--monigo.metering.capacity=100000}; none by default
 */
record OutageSettings(List<IngestOutage> modes, Duration warmup, Duration duration, int threads, int connections,
		Duration pause, int rounds, Path appJar, Path output, boolean profile, List<String> appArguments) {

	OutageSettings {
		modes = List.copyOf(modes);
		appArguments = List.copyOf(appArguments);
		if (modes.isEmpty() || modes.get(0) != IngestOutage.HEALTHY) {
			throw new IllegalArgumentException("modes must start with healthy, the baseline; were " + modes);
		}
		if (threads < 1 || connections < threads) {
			throw new IllegalArgumentException("need at least one thread and a connection per thread");
		}
		if (pause.isNegative() || rounds < 1) {
			throw new IllegalArgumentException("need a pause of zero or more and at least one round");
		}
	}

	/** The settings the arguments give, with a default for each one missing. */
	static OutageSettings parse(String... args) {
		List<IngestOutage> modes = List.of(IngestOutage.values());
		Duration warmup = Duration.ofSeconds(15);
		Duration duration = Duration.ofSeconds(20);
		int threads = 1;
		int connections = 8;
		Duration pause = Duration.ZERO;
		int rounds = 1;
		Path appJar = Path.of("sample-app", "target", "sample-app.jar");
		Path output = Path.of("benchmarks", "target", "outage");
		boolean profile = false;
		List<String> appArguments = List.of();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("arguments are --name=value, was " + arg);
			}
			String value = arg.substring(equals + 1);
			switch (arg.substring(2, equals)) {
				case "modes" -> modes = Arrays.stream(value.split(",")).map(IngestOutage::ofLabel).toList();
				case "warmup" -> warmup = Duration.ofSeconds(Long.parseLong(value));
				case "duration" -> duration = Duration.ofSeconds(Long.parseLong(value));
				case "threads" -> threads = Integer.parseInt(value);
				case "connections" -> connections = Integer.parseInt(value);
				case "pause" -> pause = Duration.ofMillis(Long.parseLong(value));
				case "rounds" -> rounds = Integer.parseInt(value);
				case "app-jar" -> appJar = Path.of(value);
				case "output" -> output = Path.of(value);
				case "profile" -> profile = Boolean.parseBoolean(value);
				case "app-args" -> appArguments = Arrays.stream(value.split(" ")).filter((word) -> !word.isBlank()).toList();
				default -> throw new IllegalArgumentException("unknown argument " + arg
						+ "; known: --modes, --warmup, --duration, --threads, --connections, --pause, --rounds, --app-jar, "
						+ "--output, --profile, --app-args");
			}
		}
		return new OutageSettings(modes, warmup, duration, threads, connections, pause, rounds, appJar, output, profile,
				appArguments);
	}

}
