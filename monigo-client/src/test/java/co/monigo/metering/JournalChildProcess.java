package co.monigo.metering;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.journal.JournalSettings;

/**
 * The other JVM of the crash tests, started by {@link JournalKillTests}:
 * <ul>
 * <li>{@code record DIR KEYS URL}: records events as fast as it can into a journal in DIR while Monigo at
 * URL is down, appending the key of each event whose {@code record()} returned (and was not dropped) to
 * the file KEYS with one unbuffered write, until it is killed;</li>
 * <li>{@code hold DIR URL COUNT}: records COUNT events, prints {@code HELD} and waits (holding the
 * journal) until its standard input closes or it is killed;</li>
 * <li>{@code deliver DIR URL}: opens the journal, delivers what it holds to Monigo at URL, prints
 * {@code recovered=N delivered=M duplicates=D} and exits.</li>
 * </ul>
 */
public final class JournalChildProcess {

	private JournalChildProcess() {
	}

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "record" -> record(Path.of(args[1]), Path.of(args[2]), args[3]);
			case "hold" -> hold(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
			case "deliver" -> deliver(Path.of(args[1]), args[2]);
			default -> throw new IllegalArgumentException("unknown mode " + args[0]);
		}
	}

	static BatchingUsageRecorder recorder(Path directory, String baseUrl) {
		MonigoClient client = MonigoClient.builder()
			.apiKey("mk_test_kill_test_0001")
			.baseUrl(baseUrl)
			.timeout(Duration.ofSeconds(5))
			.build();
		MeteringSettings settings = MeteringSettings.builder()
			.linger(Duration.ofMillis(20))
			.retryBackoff(Duration.ofMillis(20), Duration.ofMillis(200), 2.0, 0.5)
			.journal(new JournalSettings(directory, 512L << 20, Duration.ZERO))
			.build();
		BatchingUsageRecorder recorder = new BatchingUsageRecorder(IngestSender.of(client), settings,
				new LoggingDeadLetterHandler());
		recorder.start();
		return recorder;
	}

	private static void record(Path directory, Path keys, String baseUrl) throws Exception {
		BatchingUsageRecorder recorder = recorder(directory, baseUrl);
		System.out.println("RECORDING");
		System.out.flush();
		try (OutputStream out = new FileOutputStream(keys.toFile(), true)) {
			for (long i = 0;; i++) {
				long dropped = recorder.counters().droppedCount();
				IngestEvent event = recorder.record(IngestEvent.of("api_call", "cus_" + (i % 11)).withProperty("n", i));
				if (recorder.counters().droppedCount() == dropped) {
					out.write((event.idempotencyKey() + "\n").getBytes(StandardCharsets.UTF_8));
				}
			}
		}
	}

	private static void hold(Path directory, String baseUrl, int count) throws Exception {
		BatchingUsageRecorder recorder = recorder(directory, baseUrl);
		for (int i = 0; i < count; i++) {
			recorder.record(IngestEvent.of("api_call", "cus_held").withProperty("n", i));
		}
		System.out.println("HELD " + recorder.journalStatus().directory());
		System.out.flush();
		while (System.in.read() >= 0) {
			// holds the journal until the test closes our input or kills us
		}
	}

	private static void deliver(Path directory, String baseUrl) throws Exception {
		BatchingUsageRecorder recorder = recorder(directory, baseUrl);
		recorder.flush().get(120, TimeUnit.SECONDS);
		IngestCounters counters = recorder.counters();
		System.out.println("recovered=" + counters.recoveredCount() + " delivered=" + counters.deliveredCount()
				+ " duplicates=" + counters.duplicateCount() + " corrupt=" + recorder.journalStatus().corrupt());
		System.out.flush();
		recorder.close();
		System.exit(0);
	}

}
