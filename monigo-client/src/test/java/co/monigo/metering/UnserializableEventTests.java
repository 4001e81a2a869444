package co.monigo.metering;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.journal.JournalSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Issue 10 item 4: an event that cannot be written as JSON is dead-lettered once as
 * {@code unserializable} (journal off: it is written when its batch is formed), the rest of its batch
 * is delivered and no slot stays held; with the journal on it is refused at {@code record()}, where it is
 * written.
 */
class UnserializableEventTests {

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

	/** One batch at a time, formed only when flushed: a held slot would stop every later batch. */
	private BatchingUsageRecorder start(MeteringSettings.Builder settings, DeadLetterHandler deadLetters) {
		this.recorder = Pipelines.start(this.server.baseUrl(), Duration.ofSeconds(5),
				settings.maxInFlight(1).linger(Duration.ofSeconds(30)).build(), deadLetters);
		return this.recorder;
	}

	/** A value Jackson can only fail on: its getter throws. */
	public static final class Exploding {

		public String getValue() {
			throw new IllegalStateException("no value yet");
		}

	}

	@Test
	void anEventMutatedAfterRecordingIntoSomethingJacksonCannotWriteIsDroppedOnceAndTheRestDelivered()
			throws Exception {
		start(IngestPipelineFaultMatrixTests.fast(), this.deadLetters);
		List<Object> tags = new ArrayList<>(List.of("first"));
		Set<String> good = new HashSet<>(Pipelines.record(this.recorder, 3));
		String bad = this.recorder.record(IngestEvent.of("api_call", "cus_1").withProperty("tags", tags))
			.idempotencyKey();
		good.addAll(Pipelines.record(this.recorder, 3));
		tags.add(new Exploding());

		Pipelines.flush(this.recorder);

		assertThat(this.deadLetters.droppedCalls).containsExactly(bad);
		assertThat(this.deadLetters.dropped).containsEntry(bad, DropReason.UNSERIALIZABLE);
		assertThat(this.server.acceptedKeys()).isEqualTo(good);
		IngestCounters counters = this.recorder.counters();
		assertThat(counters.droppedCount(DropReason.UNSERIALIZABLE)).isEqualTo(1);
		assertThat(counters.pendingCount()).isZero();
		assertThat(counters.balances()).as("accounting identity: %s", counters).isTrue();

		Set<String> later = Pipelines.record(this.recorder, 20);
		Pipelines.flush(this.recorder);

		assertThat(this.server.acceptedKeys()).containsAll(later);
		assertThat(this.deadLetters.droppedCalls).containsExactly(bad);
	}

	@Test
	void aDecimalJacksonRefusesToWritePlainIsDroppedAsUnserializableWithTheJournalOff() throws Exception {
		start(IngestPipelineFaultMatrixTests.fast(), this.deadLetters);

		String bad = this.recorder.record(IngestEvent.of("tokens_used", "cus_1").withProperty("tokens",
				new BigDecimal("1E+10000"))).idempotencyKey();
		Set<String> good = Pipelines.record(this.recorder, 5);
		Pipelines.flush(this.recorder);

		assertThat(this.deadLetters.droppedCalls).containsExactly(bad);
		assertThat(this.deadLetters.dropped).containsEntry(bad, DropReason.UNSERIALIZABLE);
		assertThat(this.server.acceptedKeys()).isEqualTo(good);
		assertThat(this.recorder.counters().balances()).isTrue();
	}

	@Test
	void withTheJournalOnTheSameEventIsRefusedAtRecord() throws Exception {
		start(IngestPipelineFaultMatrixTests.fast()
			.journal(new JournalSettings(this.directory, JournalSettings.MIN_SIZE * 8, Duration.ZERO)), this.deadLetters);
		IngestEvent unwritable = IngestEvent.of("tokens_used", "cus_1").withProperty("tokens", new BigDecimal("1E+10000"));

		assertThatIllegalArgumentException().isThrownBy(() -> this.recorder.record(unwritable))
			.withMessageContaining("cannot be written as JSON");

		IngestCounters counters = this.recorder.counters();
		assertThat(counters.recordedCount()).isZero();
		assertThat(counters.pendingCount()).isZero();
		Set<String> good = Pipelines.record(this.recorder, 5);
		Pipelines.flush(this.recorder);
		assertThat(this.server.acceptedKeys()).isEqualTo(good);
		assertThat(this.deadLetters.droppedCalls).isEmpty();
	}

	@Test
	void theDefaultDeadLetterHandlerSumsUpAnUnserializableEventToo() throws Exception {
		try (CapturedLog log = new CapturedLog(LoggingDeadLetterHandler.class)) {
			start(IngestPipelineFaultMatrixTests.fast(), new LoggingDeadLetterHandler());
			List<Object> tags = new ArrayList<>();
			String bad = this.recorder.record(IngestEvent.of("api_call", "cus_1").withProperty("tags", tags))
				.idempotencyKey();
			tags.add(new Exploding());

			Pipelines.flush(this.recorder);
			this.recorder.shutdown(Duration.ofMillis(200));

			assertThat(this.recorder.counters().droppedCount(DropReason.UNSERIALIZABLE)).isEqualTo(1);
			assertThat(log.at(Level.ERROR)).singleElement()
				.satisfies((line) -> assertThat(line).startsWith("1 usage events not delivered to Monigo (unserializable)")
					.contains(bad));
		}
	}

}
