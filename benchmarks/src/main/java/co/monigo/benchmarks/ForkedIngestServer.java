package co.monigo.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A {@link LoopbackIngestServer} in a JVM of its own, so that its parsing does not run in the JVM being
 * measured (it still shares the machine's cores). Started with this JVM's {@code java} and class path;
 * stopped by closing its standard input, or killed if it does not stop within 10 s.
 */
public final class ForkedIngestServer implements AutoCloseable {

	static final String READY_PREFIX = "ingest-server listening on ";

	private static final Pattern COUNT = Pattern.compile("\"(events|requests|cpu_ns)\": (-?\\d+)");

	/** The server started last and not closed yet, whose CPU time {@link CpuTimeProfiler} reads. */
	private static volatile @Nullable ForkedIngestServer running;

	/** The CPU time of the servers of this JVM already closed, up to their closing. */
	private static final AtomicLong retiredCpuNanos = new AtomicLong();

	private final Process process;

	private final String baseUrl;

	private final HttpClient http = HttpClient.newHttpClient();

	private ForkedIngestServer(Process process, String baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
		running = this;
	}

	/**
	 * The CPU time of the processes of every server this JVM started, those closed included (up to
	 * their closing): the running one's is asked for.
	 */
	static long cpuTimeNanos() {
		ForkedIngestServer server = running;
		return retiredCpuNanos.get() + ((server != null) ? Math.max(0, server.count("cpu_ns")) : 0);
	}

	/** Starts a server that answers each ingest {@code delay} after reading it, and waits until it listens. */
	public static ForkedIngestServer start(Duration delay) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-Xmx512m", "-XX:+UseParallelGC", "-cp",
				System.getProperty("java.class.path"), LoopbackIngestServer.class.getName(),
				"--delay-ms=" + delay.toMillis());
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith(READY_PREFIX)) {
					return new ForkedIngestServer(process, line.substring(READY_PREFIX.length()).strip());
				}
			}
			process.destroyForcibly();
			throw new IllegalStateException("the ingest server's process ended before it listened");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start the ingest server's process", ex);
		}
	}

	/** The base URL to give the client. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** Events the server has parsed and acknowledged (or is about to, after its delay). */
	public long eventsReceived() {
		return count("events");
	}

	/** Ingest requests the server has read and answered (or is about to, after its delay). */
	public long requestsAnswered() {
		return count("requests");
	}

	private long count(String name) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + "/v1/_stats"))
				.timeout(Duration.ofSeconds(10))
				.build();
			String body = this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
			Matcher matcher = COUNT.matcher(body);
			while (matcher.find()) {
				if (matcher.group(1).equals(name)) {
					return Long.parseLong(matcher.group(2));
				}
			}
			throw new IllegalStateException("no " + name + " in the ingest server's stats: " + body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the ingest server's stats", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading the ingest server's stats", ex);
		}
	}

	@Override
	public void close() {
		if (running == this) {
			retiredCpuNanos.addAndGet(Math.max(0, count("cpu_ns")));
			running = null;
		}
		try {
			this.process.getOutputStream().close();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (IOException ex) {
			this.process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
