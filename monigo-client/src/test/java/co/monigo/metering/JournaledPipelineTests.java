package co.monigo.metering;

import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.management.ObjectName;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.journal.JournalSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

/**
 * What the journal adds to the pipeline's promise: nothing recorded is lost to an outage of any length,
 * a shutdown or a restart, memory stays bounded, and a full or failing journal drops with a reason.
 */
class JournaledPipelineTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	@TempDir
	Path directory;

	private final RecordingDeadLetterHandler deadLetters = new RecordingDeadLetterHandler();

	private FakeIngestServer server;

	private BatchingUsageRecorder recorder;

	@AfterEach
	void stop() {
		if (this.recorder != null) {
			this.recorder.shutdown(Duration.ofMillis(200));
			this.recorder.close();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	private static MeteringSettings.Builder settings(Path directory, long maxSize) {
		return IngestPipelineFaultMatrixTests.fast()
			.shutdownTimeout(Duration.ofMillis(300))
			.journal(new JournalSettings(directory, maxSize, Duration.ZERO));
	}

	private BatchingUsageRecorder start(MeteringSettings.Builder settings, int port) {
		MonigoClient client = MonigoClient.builder()
			.apiKey("mk_test_journal_0001")
			.baseUrl("http://127.0.0.1:" + port)
			.timeout(Duration.ofSeconds(2))
			.build();
		this.recorder = new BatchingUsageRecorder(IngestSender.of(client), settings.build(), this.deadLetters);
		this.recorder.start();
		return this.recorder;
	}

	private Set<String> record(int count) {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < count; i++) {
			keys.add(this.recorder.record(IngestEvent.of("api_call", "cus_" + (i % 7)).withProperty("n", i))
				.idempotencyKey());
		}
		return keys;
	}

	private void flush() throws Exception {
		this.recorder.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void aGracefulShutdownWithMonigoDownKeepsTheEventsAndTheNextStartDeliversThem() throws Exception {
		int port = freePort();
		start(settings(this.directory, 64 << 20), port);
		Set<String> recorded = record(300);

		this.recorder.close();

		IngestCounters before = this.recorder.counters();
		assertThat(before.droppedCount()).isZero();
		assertThat(before.pendingCount()).isEqualTo(300);
		assertThat(this.deadLetters.dropped).isEmpty();
		this.server = new FakeIngestServer(port);

		start(settings(this.directory, 64 << 20), port);
		flush();

		IngestCounters after = this.recorder.counters();
		assertThat(after.recoveredCount()).isEqualTo(300);
		assertThat(this.server.acceptedKeys()).isEqualTo(recorded);
		assertThat(this.server.keysAcceptedTwice()).isEmpty();
		assertThat(after.pendingCount()).isZero();
		assertThat(after.balances()).as("accounting identity: %s", after).isTrue();
	}

	@Test
	void aStoppedPipelineStartedAgainInTheSameProcessRecordsAndDeliversAgain() throws Exception {
		this.server = new FakeIngestServer();
		int port = Integer.parseInt(this.server.baseUrl().replaceAll(".*:", ""));
		start(settings(this.directory, 64 << 20), port);
		Set<String> recorded = record(100);
		this.recorder.shutdown(Duration.ofSeconds(10));

		this.recorder.start();
		recorded.addAll(record(100));
		flush();

		assertThat(this.server.acceptedKeys()).isEqualTo(recorded);
		assertThat(this.recorder.counters().droppedCount(DropReason.STOPPED)).isZero();
		assertThat(this.recorder.counters().balances()).isTrue();
	}

	@Test
	void eventsKeptAtAStopAreDeliveredWhenTheSamePipelineStartsAgain() throws Exception {
		int port = freePort();
		start(settings(this.directory, 64 << 20), port);
		Set<String> recorded = record(250);
		this.recorder.shutdown(Duration.ofMillis(200));
		assertThat(this.recorder.counters().pendingCount()).isEqualTo(250);
		this.server = new FakeIngestServer(port);

		this.recorder.start();
		flush();

		assertThat(this.server.acceptedKeys()).isEqualTo(recorded);
		assertThat(this.recorder.counters().deliveredCount()).isEqualTo(250);
		assertThat(this.recorder.counters().balances()).isTrue();
	}

	@Test
	void aLongOutageKeepsEveryEventOnDiskWithBoundedMemoryAndDeliversEachOnceWhenMonigoIsBack() throws Exception {
		int port = freePort();
		start(settings(this.directory, 256 << 20).capacity(5_000).maxInFlight(4), port);
		long eventsBefore = liveIngestEvents();

		Set<String> recorded = record(200_000);

		long retained = liveIngestEvents() - eventsBefore;
		assertThat(retained).as("events held in memory during the outage (window 5,000 + 4 batches of 1,000)")
			.isLessThan(20_000);
		assertThat(this.recorder.counters().pendingCount()).isEqualTo(200_000);
		this.server = new FakeIngestServer(port);

		flush();

		IngestCounters counters = this.recorder.counters();
		assertThat(this.server.acceptedKeys()).isEqualTo(recorded);
		assertThat(this.server.keysAcceptedTwice()).isEmpty();
		assertThat(counters.droppedCount()).isZero();
		assertThat(counters.balances()).as("accounting identity: %s", counters).isTrue();
	}

	@Test
	void aFullJournalDropsNewEventsAsJournalFullAndKeepsTheOthers() throws Exception {
		int port = freePort();
		start(settings(this.directory, JournalSettings.MIN_SIZE).capacity(100), port);

		Set<String> recorded = record(3_000);

		IngestCounters counters = this.recorder.counters();
		long full = counters.droppedCount(DropReason.JOURNAL_FULL);
		assertThat(full).isPositive();
		assertThat(this.deadLetters.dropped).hasSize((int) full);
		assertThat(this.deadLetters.dropped.values()).containsOnly(DropReason.JOURNAL_FULL);
		this.server = new FakeIngestServer(port);
		flush();
		Set<String> kept = new HashSet<>(recorded);
		kept.removeAll(this.deadLetters.dropped.keySet());
		assertThat(this.server.acceptedKeys()).isEqualTo(kept);
		assertThat(counters.balances()).as("accounting identity: %s", counters).isTrue();
	}

	@Test
	void aJournalThatCannotBeWrittenDropsWithAReasonAndNeverThrowsAtTheCaller() throws Exception {
		int port = freePort();
		start(settings(this.directory, JournalSettings.MIN_SIZE * 2), port);
		// The next segment is written ahead in the background: wait for it, so the folder can be removed whole.
		await().atMost(WAIT).until(() -> {
			try (Stream<Path> files = Files.list(this.directory)) {
				return files.filter((file) -> file.toString().endsWith(".journal")).count() == 2;
			}
		});
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(this.directory);

		assertThatNoException().isThrownBy(() -> record(5_000));

		assertThat(this.recorder.counters().droppedCount(DropReason.JOURNAL_UNWRITABLE)).isPositive();
		assertThat(this.recorder.status().journal().lastError()).contains("cannot be written");
		assertThat(this.recorder.counters().balances()).isTrue();
		Files.createDirectories(this.directory);
	}

	@Test
	void theStatusShowsTheJournal() throws Exception {
		start(settings(this.directory, 64 << 20), freePort());
		record(10);

		JournalStatus journal = this.recorder.status().journal();

		assertThat(journal.directory()).isEqualTo(this.directory.toString());
		assertThat(journal.events()).isEqualTo(10);
		assertThat(journal.bytes()).isPositive().isLessThanOrEqualTo(64 << 20);
		await().atMost(WAIT).until(() -> this.recorder.oldestPendingAge().compareTo(Duration.ZERO) > 0);
	}

	/** Live instances of IngestEvent after a full collection (the JVM's own class histogram). */
	private static long liveIngestEvents() throws Exception {
		String histogram = (String) ManagementFactory.getPlatformMBeanServer()
			.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
					new Object[] { new String[0] }, new String[] { String[].class.getName() });
		Matcher row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+co\\.monigo\\.client\\.model\\.IngestEvent\\s*$",
				Pattern.MULTILINE).matcher(histogram);
		return row.find() ? Long.parseLong(row.group(1)) : 0;
	}

}
