package co.monigo.metering;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.monigo.metering.FakeIngestServer.Answer;
import co.monigo.metering.journal.JournalSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10: a batch whose request is still on its way when the shutdown timeout runs out may have reached
 * Monigo. With the journal off it is counted {@code unknown}, not dropped; with the journal it stays
 * pending and the next start delivers it.
 */
class InFlightAtShutdownTests {

	private static final Duration SHUTDOWN_TIMEOUT = Duration.ofMillis(300);

	@TempDir
	Path directory;

	private final FakeIngestServer server = new FakeIngestServer();

	private final RecordingDeadLetterHandler deadLetters = new RecordingDeadLetterHandler();

	private BatchingUsageRecorder recorder;

	@AfterEach
	void stop() {
		if (this.recorder != null) {
			this.recorder.shutdown(Duration.ofMillis(200));
			this.recorder.close();
		}
		this.server.close();
	}

	/** Records a batch the server applies at once but answers only after the shutdown timeout. */
	private Set<String> recordABatchAnsweredTooLate(MeteringSettings.Builder settings) {
		this.server.behave((request, events) -> Answer.acceptSlowly(3_000));
		this.recorder = Pipelines.start(this.server.baseUrl(), Duration.ofSeconds(10),
				settings.batchSize(10).shutdownTimeout(SHUTDOWN_TIMEOUT).build(), this.deadLetters);
		Set<String> recorded = Pipelines.record(this.recorder, 10);
		await().atMost(Pipelines.WAIT).until(() -> this.server.acceptedKeys().equals(recorded));
		return recorded;
	}

	@Test
	void withTheJournalOffTheBatchOnItsWayIsCountedUnknownNotDropped() {
		Set<String> recorded = recordABatchAnsweredTooLate(IngestPipelineFaultMatrixTests.fast());

		this.recorder.close();

		IngestCounters counters = this.recorder.counters();
		assertThat(counters.unknownCount()).isEqualTo(10);
		assertThat(counters.droppedCount()).isZero();
		assertThat(counters.deliveredCount()).isZero();
		assertThat(counters.pendingCount()).isZero();
		assertThat(counters.balances()).as("accounting identity: %s", counters).isTrue();
		assertThat(this.deadLetters.dropped).isEmpty();
		assertThat(this.deadLetters.unknown).extracting((event) -> event.idempotencyKey())
			.containsExactlyInAnyOrderElementsOf(recorded);
	}

	@Test
	void withTheJournalTheBatchOnItsWayStaysPendingAndTheNextStartDeliversIt() throws Exception {
		MeteringSettings.Builder journaled = IngestPipelineFaultMatrixTests.fast()
			.journal(new JournalSettings(this.directory, JournalSettings.MIN_SIZE * 8, Duration.ZERO));
		Set<String> recorded = recordABatchAnsweredTooLate(journaled);

		this.recorder.close();

		IngestCounters first = this.recorder.counters();
		assertThat(first.pendingCount()).isEqualTo(10);
		assertThat(first.unknownCount() + first.droppedCount() + first.deliveredCount()).isZero();
		assertThat(first.balances()).as("accounting identity: %s", first).isTrue();

		this.server.behave((request, events) -> Answer.accept());
		this.recorder = Pipelines.start(this.server.baseUrl(), Duration.ofSeconds(10),
				journaled.batchSize(10).build(), this.deadLetters);
		Pipelines.flush(this.recorder);

		IngestCounters next = this.recorder.counters();
		assertThat(next.recoveredCount()).isEqualTo(10);
		assertThat(next.duplicateCount()).as("Monigo had applied them before").isEqualTo(10);
		assertThat(next.pendingCount()).isZero();
		assertThat(next.balances()).as("accounting identity: %s", next).isTrue();
		assertThat(this.server.acceptedKeys()).isEqualTo(recorded);
		assertThat(this.server.keysAcceptedTwice()).isEmpty();
		assertThat(this.deadLetters.dropped).isEmpty();
	}

}
