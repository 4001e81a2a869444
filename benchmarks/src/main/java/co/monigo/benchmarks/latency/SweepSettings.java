package co.monigo.benchmarks.latency;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import co.monigo.benchmarks.NamedArguments;

/**
 * How the latency sweep runs, from its {@code --name=value} arguments; each has a default.
 *
 * @param roundTripsMs the server's delays, in ms ({@code --rtts=0,20,100,250})
 * @param eventsPerSecond the offered rate, the same for every way ({@code --rate=60000})
 * @param warmupSeconds how long each way is fed before the measured window ({@code --warmup=5})
 * @param seconds the measured window of each way at each round trip ({@code --duration=20})
 * @param ways which ways, in the order run ({@code --ways=pipeline,per-event,two-batches})
 * @param connector the HTTP client under every way, as Spring Boot builds it: {@code jdk} (what the
 * starter uses in an application without Reactor Netty) or {@code reactor} ({@code --connector=jdk})
 * @param output where the results go ({@code --output=benchmarks/target/latency})
 * @param jvmWarmupSeconds how long each way runs once, unmeasured, before the sweep, to warm the JVM
 * ({@code --jvm-warmup=10})
 */
record SweepSettings(List<Integer> roundTripsMs, long eventsPerSecond, double warmupSeconds, double seconds,
		List<String> ways, String connector, Path output, double jvmWarmupSeconds) {

	static final List<String> ALL_WAYS = List.of("pipeline", "per-event", "two-batches");

	SweepSettings {
		if (eventsPerSecond < 1 || seconds <= 0 || warmupSeconds < 0) {
			throw new IllegalArgumentException("need a positive rate and duration, and no negative warm-up");
		}
		if (!ALL_WAYS.containsAll(ways) || ways.isEmpty()) {
			throw new IllegalArgumentException("ways must be some of " + ALL_WAYS + ", was " + ways);
		}
		if (!List.of("jdk", "reactor").contains(connector)) {
			throw new IllegalArgumentException("connector must be jdk or reactor, was " + connector);
		}
	}

	static SweepSettings parse(String... args) {
		NamedArguments arguments = NamedArguments.parse(args,
				List.of("rtts", "rate", "warmup", "duration", "ways", "connector", "output", "jvm-warmup"));
		return new SweepSettings(
				arguments.get("rtts", (text) -> Arrays.stream(text.split(",")).map(Integer::valueOf).toList(),
						List.of(0, 20, 100, 250)),
				arguments.get("rate", Long::parseLong, 60_000L), arguments.get("warmup", Double::parseDouble, 5.0),
				arguments.get("duration", Double::parseDouble, 20.0),
				arguments.get("ways", (text) -> List.of(text.split(",")), ALL_WAYS),
				arguments.get("connector", String::valueOf, "jdk"),
				arguments.get("output", Path::of, Path.of("benchmarks", "target", "latency")),
				arguments.get("jvm-warmup", Double::parseDouble, 10.0));
	}

}
