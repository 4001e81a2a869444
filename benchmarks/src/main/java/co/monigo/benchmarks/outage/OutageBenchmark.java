package co.monigo.benchmarks.outage;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.monigo.test.emulator.MonigoEmulator;
import co.monigo.test.emulator.ReceivedRequest;

/**
 * The outage benchmark: p50/p99 latency of the sample application's metered endpoint under {@code wrk},
 * with Monigo's ingest healthy, answering 503 to every request, and hanging. Run by
 * {@code benchmarks/scripts/outage.sh}; arguments in {@link OutageSettings}.
 * <p>
 * Monigo is a {@link MonigoEmulator} in this JVM, with faults on its ingest path only. Each mode gets a
 * fresh application JVM, so no mode inherits another's state (a full buffer, retries waiting, hung
 * connections, an open circuit breaker), and the same warm-up: a discarded wrk run with ingest
 * healthy. Then the fault is switched on and the same wrk run is measured, so the outage starts under
 * load, as a real one would, and its first seconds (retries, the buffer filling) are in the
 * measurement.
 */
public final class OutageBenchmark {

	/** The customer the load is billed to, signed up before each warm-up. */
	static final String CUSTOMER_ID = "outage-benchmark";

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

	/** The longest the benchmark waits for the pending usage to drain after the outage. */
	private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

	private OutageBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		OutageSettings settings = OutageSettings.parse(args);
		Files.createDirectories(settings.output());
		LoadTool wrk = (settings.rate() > 0) ? new OpenLoopLoad(settings.rate(), Math.max(64, settings.rate() / 10))
				: Wrk.of(settings.threads(), settings.connections(), settings.pause(), settings.output());
		List<ModeResult> results = new ArrayList<>();
		try (MonigoEmulator emulator = MonigoEmulator.start()) {
			for (int round = 1; round <= settings.rounds(); round++) {
				for (IngestOutage mode : settings.modes()) {
					results.add(measure(mode, round, emulator, wrk, settings));
				}
			}
		}
		String setup = String.format("%s, %d s per mode after a %d s warm-up with ingest healthy, each mode in a "
				+ "fresh application JVM (`%s`%s), Monigo emulated in the benchmark's JVM; %d round(s).",
				wrk.describe(), settings.duration().toSeconds(), settings.warmup().toSeconds(),
				String.join(" ", SampleApp.jvmOptions()),
				settings.appArguments().isEmpty() ? "" : ", arguments `" + String.join(" ", settings.appArguments()) + "`",
				settings.rounds());
		String machine = String.format("%d cores, %s %s, %s %s", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"),
				System.getProperty("os.arch"));
		String report = OutageReport.render(setup, machine, results);
		Path resultsFile = settings.output().resolve("results.md");
		Files.writeString(resultsFile, report);
		System.out.println();
		System.out.println(report);
		System.out.println("Written to " + resultsFile + ", with wrk's output and the application's logs.");
	}

	private static ModeResult measure(IngestOutage mode, int round, MonigoEmulator emulator, LoadTool wrk,
			OutageSettings settings) throws IOException, InterruptedException {
		emulator.reset();
		Path output = settings.output();
		String label = (settings.rounds() > 1) ? mode.label() + "-" + round : mode.label();
		progress(label, "starting the sample application");
		try (SampleApp app = SampleApp.start(settings.appJar(), freePort(), emulator.baseUrl(),
				output.resolve("app-" + label + ".log"), settings.profile() ? output.resolve("app-" + label + ".jfr") : null,
				settings.appArguments())) {
			app.awaitReady(STARTUP_TIMEOUT);
			app.signUp(CUSTOMER_ID);
			progress(label, "warming up for " + settings.warmup().toSeconds() + " s, ingest healthy");
			wrk.run(app.completionsUri(), CUSTOMER_ID, settings.warmup(), output.resolve("wrk-" + label + "-warmup.txt"));
			PipelineSnapshot before = PipelineSnapshot.parse(app.pipeline());
			long servedBefore = servedIngests(emulator);
			Duration cpuBefore = app.cpuTime();
			mode.inject(emulator.faults());
			progress(label, "measuring for " + settings.duration().toSeconds() + " s, ingest " + label);
			WrkResult load = wrk.run(app.completionsUri(), CUSTOMER_ID, settings.duration(),
					output.resolve("wrk-" + label + ".txt"));
			Duration appCpu = app.cpuTime().minus(cpuBefore);
			String pipeline = app.pipeline();
			Files.writeString(output.resolve("pipeline-" + label + ".json"), pipeline);
			long served = servedIngests(emulator) - servedBefore;
			int faulted = emulator.faults().injectedCount();
			emulator.faults().clear();
			progress(label, "ingest healthy again; waiting for the pending usage to drain");
			Duration drain = app.awaitDrained(DRAIN_TIMEOUT);
			ModeResult result = new ModeResult(mode, round, load, before, PipelineSnapshot.parse(pipeline), served,
					faulted, appCpu, drain);
			progress(label, String.format("p99 %.2f ms, %.0f requests/s; stopping the application",
					load.p99Micros() / 1000.0, load.requestsPerSecond()));
			return result;
		}
	}

	/** Ingest requests the emulator has served normally (not failed by a fault) since its last reset. */
	private static long servedIngests(MonigoEmulator emulator) {
		return emulator.received()
			.requests("POST", IngestOutage.INGEST_PATH)
			.stream()
			.map(ReceivedRequest::fault)
			.filter(Optional::isEmpty)
			.count();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void progress(String mode, String message) {
		System.out.printf("[outage %s] %s%n", mode, message);
	}

}
