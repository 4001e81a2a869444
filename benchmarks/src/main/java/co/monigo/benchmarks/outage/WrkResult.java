package co.monigo.benchmarks.outage;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one {@code wrk} run measured, from the {@code wrk-result} line that {@code completions.lua}
 * prints when wrk is done. Latencies are in microseconds, as wrk records them.
 *
 * @param requests requests completed
 * @param duration how long the run lasted
 * @param p50Micros median latency
 * @param p90Micros 90th percentile latency
 * @param p99Micros 99th percentile latency
 * @param p999Micros 99.9th percentile latency
 * @param maxMicros slowest request
 * @param socketErrors connect, read and write errors and timeouts
 * @param non2xx responses whose status was not 2xx or 3xx
 */
record WrkResult(long requests, Duration duration, long p50Micros, long p90Micros, long p99Micros, long p999Micros,
		long maxMicros, long socketErrors, long non2xx) {

	private static final Pattern RESULT_LINE = Pattern.compile("^wrk-result (.*)$", Pattern.MULTILINE);

	private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\d+)");

	/** Requests per second over the run. */
	double requestsPerSecond() {
		return this.requests / (this.duration.toNanos() / 1e9);
	}

	/** Whether every request was answered 2xx or 3xx, with no socket error or timeout. */
	boolean allSucceeded() {
		return this.socketErrors == 0 && this.non2xx == 0;
	}

	/**
	 * Reads the result from wrk's whole output.
	 * @throws IllegalArgumentException when the output has no complete {@code wrk-result} line
	 */
	static WrkResult parse(String wrkOutput) {
		Matcher line = RESULT_LINE.matcher(wrkOutput);
		if (!line.find()) {
			throw new IllegalArgumentException("no wrk-result line in wrk's output (was it run with completions.lua?)");
		}
		Map<String, Long> fields = new HashMap<>();
		Matcher field = FIELD.matcher(line.group(1));
		while (field.find()) {
			fields.put(field.group(1), Long.parseLong(field.group(2)));
		}
		return new WrkResult(required(fields, "requests"), Duration.ofNanos(required(fields, "duration_us") * 1000),
				required(fields, "p50_us"), required(fields, "p90_us"), required(fields, "p99_us"),
				required(fields, "p999_us"), required(fields, "max_us"),
				required(fields, "errors_connect") + required(fields, "errors_read") + required(fields, "errors_write")
						+ required(fields, "errors_timeout"),
				required(fields, "errors_status"));
	}

	private static long required(Map<String, Long> fields, String name) {
		Long value = fields.get(name);
		if (value == null) {
			throw new IllegalArgumentException("wrk-result line has no " + name);
		}
		return value;
	}

}
