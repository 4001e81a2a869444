package co.monigo.benchmarks.outage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code wrk} against the completions endpoint with {@code completions.lua}, always with the same
 * threads, connections and timeout. The timeout is far above any latency expected, so a slow answer is
 * measured rather than counted as a timeout and left out of the percentiles.
 */
final class Wrk implements LoadTool {

	private static final String SCRIPT = "completions.lua";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final int threads;

	private final int connections;

	private final Duration pause;

	private final Path script;

	private Wrk(int threads, int connections, Duration pause, Path script) {
		this.threads = threads;
		this.connections = connections;
		this.pause = pause;
		this.script = script;
	}

	/**
	 * A runner with {@code threads} threads keeping {@code connections} connections busy, each pausing
	 * {@code pause} between its requests (zero: none, the most load the application takes).
	 */
	static Wrk of(int threads, int connections, Duration pause, Path workDirectory) {
		Path script = workDirectory.resolve(SCRIPT);
		try (InputStream source = Wrk.class.getResourceAsStream(SCRIPT)) {
			if (source == null) {
				throw new IllegalStateException(SCRIPT + " is missing from the benchmarks jar");
			}
			Files.copy(source, script, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Wrk(threads, connections, pause, script);
	}

	/** {@code -t1 -c8} style: how the runs are made, for the results. */
	@Override
	public String describe() {
		return "wrk -t" + this.threads + " -c" + this.connections + " --timeout " + TIMEOUT.toSeconds() + "s"
				+ (this.pause.isZero() ? "" : ", each connection pausing " + this.pause.toMillis() + " ms between requests");
	}

	/**
	 * Loads {@code url} for {@code duration} as {@code customerId}; wrk's whole output is written to
	 * {@code output}.
	 */
	@Override
	public WrkResult run(URI url, String customerId, Duration duration, Path output)
			throws IOException, InterruptedException {
		List<String> command = List.of("wrk", "-t" + this.threads, "-c" + this.connections,
				"-d" + duration.toSeconds() + "s", "--timeout", TIMEOUT.toSeconds() + "s", "--latency", "-s",
				this.script.toString(), url.toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().put("WRK_CUSTOMER_ID", customerId);
		builder.environment().put("WRK_DELAY_MS", Long.toString(this.pause.toMillis()));
		Process wrk = builder.start();
		if (!wrk.waitFor(duration.plus(TIMEOUT).plusSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
			wrk.destroyForcibly();
			throw new IllegalStateException("wrk did not finish; see " + output);
		}
		String printed = Files.readString(output, StandardCharsets.UTF_8);
		if (wrk.exitValue() != 0) {
			throw new IllegalStateException("wrk failed (exit " + wrk.exitValue() + "): " + printed);
		}
		return WrkResult.parse(printed);
	}

}
