package co.monigo.benchmarks.outage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import co.monigo.benchmarks.NamedArguments;

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
 * @param rate requests per second of open-loop load ({@code --rate=12000}; see {@link OpenLoopLoad}), or 0
 * for wrk's closed loop ({@code --rate=0}, the default); set it to half the healthy maximum that the
 * closed loop measures
 */
record OutageSettings(List<IngestOutage> modes, Duration warmup, Duration duration, int threads, int connections,
		Duration pause, int rounds, Path appJar, Path output, boolean profile, List<String> appArguments, int rate) {

	OutageSettings {
		modes = List.copyOf(modes);
		appArguments = List.copyOf(appArguments);
		if (modes.isEmpty() || modes.get(0) != IngestOutage.HEALTHY) {
			throw new IllegalArgumentException("modes must start with healthy, the baseline; were " + modes);
		}
		if (threads < 1 || connections < threads) {
			throw new IllegalArgumentException("need at least one thread and a connection per thread");
		}
		if (rate < 0) {
			throw new IllegalArgumentException("the rate must be 0 (closed loop, wrk) or a number of requests/s");
		}
		if (pause.isNegative() || rounds < 1) {
			throw new IllegalArgumentException("need a pause of zero or more and at least one round");
		}
	}

	/** The settings the arguments give, with a default for each one missing. */
	static OutageSettings parse(String... args) {
		NamedArguments arguments = NamedArguments.parse(args, List.of("modes", "warmup", "duration", "threads",
				"connections", "pause", "rounds", "app-jar", "output", "profile", "app-args", "rate"));
		List<IngestOutage> modes = arguments.get("modes",
				(value) -> Arrays.stream(value.split(",")).map(IngestOutage::ofLabel).toList(),
				List.of(IngestOutage.values()));
		Duration warmup = arguments.get("warmup", OutageSettings::seconds, Duration.ofSeconds(15));
		Duration duration = arguments.get("duration", OutageSettings::seconds, Duration.ofSeconds(20));
		int threads = arguments.get("threads", Integer::parseInt, 1);
		int connections = arguments.get("connections", Integer::parseInt, 8);
		Duration pause = arguments.get("pause", (value) -> Duration.ofMillis(Long.parseLong(value)), Duration.ZERO);
		int rounds = arguments.get("rounds", Integer::parseInt, 1);
		Path appJar = arguments.get("app-jar", Path::of, Path.of("sample-app", "target", "sample-app.jar"));
		Path output = arguments.get("output", Path::of, Path.of("benchmarks", "target", "outage"));
		boolean profile = arguments.get("profile", Boolean::parseBoolean, false);
		List<String> appArguments = arguments.get("app-args",
				(value) -> Arrays.stream(value.split(" ")).filter((word) -> !word.isBlank()).toList(), List.of());
		int rate = arguments.get("rate", Integer::parseInt, 0);
		return new OutageSettings(modes, warmup, duration, threads, connections, pause, rounds, appJar, output, profile,
				appArguments, rate);
	}

	private static Duration seconds(String value) {
		return Duration.ofSeconds(Long.parseLong(value));
	}

}
