package co.monigo.benchmarks.outage;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * The sample application in a JVM of its own ({@code java -jar sample-app.jar}), talking to the given
 * Monigo with a test-mode key (so the embedded emulator stays off), its demo off, on a fixed port.
 * Its output goes to a log file. {@link #close()} stops it.
 */
final class SampleApp implements AutoCloseable {

	/** A test-mode key: any {@code mk_test_} key is accepted by the emulator. Not a secret. */
	private static final String API_KEY = "mk_test_outage_benchmark";

	private static final List<String> JVM_OPTIONS = List.of("-Xms512m", "-Xmx512m");

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

	private final Process process;

	private final URI baseUri;

	private final Path log;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private SampleApp(Process process, URI baseUri, Path log) {
		this.process = process;
		this.baseUri = baseUri;
		this.log = log;
	}

	/**
	 * Starts the application from {@code jar} on {@code port}; it is not ready yet.
	 * @param profile where the JVM records a JFR profile, or null for none
	 * @param arguments more arguments for the application
	 */
	static SampleApp start(Path jar, int port, String monigoBaseUrl, Path log, @Nullable Path profile,
			List<String> arguments) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(JVM_OPTIONS);
		if (profile != null) {
			command.add("-XX:StartFlightRecording=settings=profile,filename=" + profile);
		}
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--monigo.base-url=" + monigoBaseUrl,
				"--sample.demo.enabled=false"));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("MONIGO_API_KEY", API_KEY);
		return new SampleApp(builder.start(), URI.create("http://127.0.0.1:" + port), log);
	}

	/** The JVM options the application runs with, for the results. */
	static List<String> jvmOptions() {
		return JVM_OPTIONS;
	}

	/** The metered endpoint. */
	URI completionsUri() {
		return this.baseUri.resolve("/v1/completions");
	}

	/** Waits until the application answers its health endpoint. */
	void awaitReady(Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the sample application exited with " + this.process.exitValue()
						+ "; see " + this.log);
			}
			try {
				if (send(HttpRequest.newBuilder(this.baseUri.resolve("/actuator/health")).GET()).statusCode() == 200) {
					return;
				}
			}
			catch (ConnectException notListeningYet) {
				// still starting
			}
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		throw new IllegalStateException("the sample application was not ready within " + timeout + "; see " + this.log);
	}

	/** The CPU time the application's JVM has used so far, all its threads. */
	Duration cpuTime() {
		return this.process.toHandle()
			.info()
			.totalCpuDuration()
			.orElseThrow(() -> new IllegalStateException("this platform does not tell a process's CPU time"));
	}

	/**
	 * Signs up a customer on the starter plan, so the metered endpoint can be billed to it. The sample sets
	 * its price list up in the background after it starts, and answers 503 until then: asked again, up
	 * to a minute.
	 */
	void signUp(String customerId) throws IOException, InterruptedException {
		String body = "{\"id\":\"" + customerId + "\",\"name\":\"Outage benchmark\",\"email\":\"" + customerId
				+ "@example.com\",\"plan\":\"starter\"}";
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (true) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(this.baseUri.resolve("/billing/customers"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			if (response.statusCode() == 201) {
				return;
			}
			if (response.statusCode() != 503 || System.nanoTime() - deadline > 0) {
				throw new IllegalStateException("sign-up answered " + response.statusCode() + ": " + response.body());
			}
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
	}

	/** The {@code monigo} actuator endpoint's JSON: the ingest pipeline's state and counters. */
	/**
	 * Waits until the pipeline has nothing pending, polling {@code /actuator/monigo}.
	 * @return how long that took, or null if it still had pending events after {@code timeout}
	 */
	@Nullable Duration awaitDrained(Duration timeout) throws IOException, InterruptedException {
		long start = System.nanoTime();
		long deadline = start + timeout.toNanos();
		while (PipelineSnapshot.parse(pipeline()).pending() > 0) {
			if (System.nanoTime() > deadline) {
				return null;
			}
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	String pipeline() throws IOException, InterruptedException {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(this.baseUri.resolve("/actuator/monigo")).GET());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("/actuator/monigo answered " + response.statusCode());
		}
		return response.body();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Stops the application (SIGTERM, then forcibly if it has not stopped in time). */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
