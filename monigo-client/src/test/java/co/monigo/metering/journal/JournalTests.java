package co.monigo.metering.journal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class JournalTests {

	@TempDir
	Path directory;

	private final List<Journal> opened = new ArrayList<>();

	@AfterEach
	void close() {
		this.opened.forEach(Journal::close);
	}

	private Journal open(long maxSize) {
		Journal journal = Journal.open(new JournalSettings(this.directory, maxSize, Duration.ZERO));
		this.opened.add(journal);
		return journal;
	}

	private Journal reopen(Journal journal, long maxSize) {
		journal.close();
		return open(maxSize);
	}

	private static byte[] payload(int i) {
		return ("{\"event_name\":\"api_call\",\"customer_id\":\"cus_" + i + "\",\"idempotency_key\":\"key_" + i + "\"}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> readAll(Journal journal) {
		List<String> read = new ArrayList<>();
		JournalCursor cursor = journal.cursor();
		while (cursor.seek()) {
			read.add(new String(cursor.payload(), StandardCharsets.UTF_8));
			cursor.skip();
		}
		return read;
	}

	@Test
	void recordsAreReadInTheOrderTheyWereAppendedWithTheirTime() {
		Journal journal = open(1 << 20);
		for (int i = 0; i < 3; i++) {
			assertThat(journal.append(payload(i), 1_000 + i)).isNotNegative();
		}

		JournalCursor cursor = journal.cursor();
		assertThat(cursor.seek()).isTrue();
		assertThat(cursor.epochMillis()).isEqualTo(1_000);
		assertThat(readAll(journal)).containsExactly(new String(payload(0), StandardCharsets.UTF_8),
				new String(payload(1), StandardCharsets.UTF_8), new String(payload(2), StandardCharsets.UTF_8));
	}

	@Test
	void aCursorFollowsAppendsMadeAfterItReachedTheEnd() {
		Journal journal = open(1 << 20);
		JournalCursor cursor = journal.cursor();
		assertThat(cursor.seek()).isFalse();

		long position = journal.append(payload(7), 1);

		assertThat(cursor.seek()).isTrue();
		assertThat(cursor.position()).isEqualTo(position);
	}

	@Test
	void whatWasNotSettledIsFoundAgainAfterAReopenAndSettledRecordsAreNot() {
		Journal journal = open(1 << 20);
		List<Long> positions = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			positions.add(journal.append(payload(i), i));
		}
		for (int i = 0; i < 10; i += 2) {
			journal.settle(positions.get(i));
		}

		Journal reopened = reopen(journal, 1 << 20);

		assertThat(reopened.recovery().unsettled()).isEqualTo(5);
		assertThat(reopened.recovery().oldestMillis()).isEqualTo(1);
		assertThat(readAll(reopened)).hasSize(5).allSatisfy((json) -> assertThat(json).containsPattern("key_[13579]\""));
	}

	@Test
	void aSegmentWhoseRecordsAreAllSettledIsDeleted() throws IOException {
		Journal journal = open(JournalSettings.MIN_SIZE * 8);
		List<Long> positions = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			positions.add(journal.append(payload(i), i));
		}
		long segmentsBefore = segmentFiles();
		positions.forEach(journal::settle);

		assertThat(segmentsBefore).isGreaterThan(2);
		assertThat(segmentFiles()).isLessThanOrEqualTo(2);
		assertThat(journal.unsettled()).isZero();
	}

	@Test
	void aFullJournalRefusesRecordsUntilSettlingMakesRoom() {
		Journal journal = open(JournalSettings.MIN_SIZE);
		List<Long> positions = new ArrayList<>();
		long position;
		int appended = 0;
		while ((position = journal.append(payload(appended), 0)) >= 0) {
			positions.add(position);
			appended++;
		}

		assertThat(position).isEqualTo(Journal.FULL);
		assertThat(journal.bytesOnDisk()).isLessThanOrEqualTo(JournalSettings.MIN_SIZE);
		positions.forEach(journal::settle);
		assertThat(journal.append(payload(0), 0)).isNotNegative();
	}

	@Test
	void aRecordCutByACrashIsCountedAndTheRecordsBeforeItAreRead() throws IOException {
		Journal journal = open(1 << 20);
		for (int i = 0; i < 4; i++) {
			journal.append(payload(i), i);
		}
		journal.close();
		Path segment = onlySegment();
		long lastRecord = offsetOfRecord(segment, 3);
		try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
			file.setLength(lastRecord + 30);
		}

		Journal reopened = open(1 << 20);

		assertThat(reopened.recovery().damaged()).isEqualTo(1);
		assertThat(reopened.recovery().unsettled()).isEqualTo(3);
		assertThat(readAll(reopened)).hasSize(3);
	}

	@Test
	void aFlippedByteSpoilsOnlyItsOwnRecord() throws IOException {
		Journal journal = open(1 << 20);
		for (int i = 0; i < 5; i++) {
			journal.append(payload(i), i);
		}
		journal.close();
		Path segment = onlySegment();
		long second = offsetOfRecord(segment, 1);
		try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
			file.seek(second + 30);
			int original = file.read();
			file.seek(second + 30);
			file.write(original ^ 0x10);
		}

		Journal reopened = open(1 << 20);

		assertThat(reopened.recovery().damaged()).isEqualTo(1);
		assertThat(readAll(reopened)).hasSize(4).noneMatch((json) -> json.contains("key_1\""));
	}

	@Test
	void aFlippedLengthDoesNotLoseTheRecordsAfterIt() throws IOException {
		Journal journal = open(1 << 20);
		for (int i = 0; i < 5; i++) {
			journal.append(payload(i), i);
		}
		journal.close();
		Path segment = onlySegment();
		long second = offsetOfRecord(segment, 1);
		try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
			file.seek(second + 4);
			file.writeInt(7);
		}

		Journal reopened = open(1 << 20);

		assertThat(readAll(reopened)).hasSize(4);
	}

	@Test
	void aSecondJournalOnTheSameDirectoryTakesAnAreaOfItsOwnAndNeitherSeesTheOthersRecords() {
		Journal first = open(1 << 20);
		first.append(payload(1), 1);

		Journal second = open(1 << 20);
		second.append(payload(2), 2);

		assertThat(second.settings().directory()).isEqualTo(this.directory.resolve("area-2"));
		assertThat(readAll(first)).singleElement().asString().contains("key_1\"");
		assertThat(readAll(second)).singleElement().asString().contains("key_2\"");
	}

	@Test
	void whenEveryAreaIsHeldTheNextJournalIsRefusedNamingTheDirectory() {
		for (int i = 0; i < Journal.AREAS; i++) {
			open(1 << 20);
		}

		assertThatExceptionOfType(JournalException.class).isThrownBy(() -> open(1 << 20))
			.withMessageContaining(this.directory.toString())
			.withMessageContaining("in use");
	}

	@Test
	void aCleanCloseLeavesNoSegmentFilesWhenEverythingWasSettled() throws IOException {
		Journal journal = open(1 << 20);
		journal.settle(journal.append(payload(1), 1));

		journal.close();

		assertThat(segmentFiles()).isZero();
	}

	@Test
	void aDirectoryThatCannotBeCreatedIsRefusedNamingIt() throws IOException {
		Path file = Files.writeString(this.directory.resolve("not-a-directory"), "x");
		Path below = file.resolve("journal");

		assertThatExceptionOfType(JournalException.class)
			.isThrownBy(() -> Journal.open(new JournalSettings(below, 1 << 20, Duration.ZERO)))
			.withMessageContaining(below.toString());
	}

	@Test
	void aDirectoryRemovedWhileRunningMakesAppendsFailWithAReasonInsteadOfThrowing() throws IOException {
		Journal journal = open(JournalSettings.MIN_SIZE * 4);
		await().atMost(Duration.ofSeconds(10)).until(() -> segmentFiles() == 2);
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path path : files.toList()) {
				Files.delete(path);
			}
		}
		Files.delete(this.directory);

		long position = 0;
		for (int i = 0; i < 10_000 && position >= 0; i++) {
			position = journal.append(payload(i), i);
		}

		assertThat(position).isEqualTo(Journal.FAILED);
		assertThat(journal.lastError()).contains("cannot be written");
		Files.createDirectories(this.directory);
	}

	private long segmentFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.filter((path) -> path.getFileName().toString().endsWith(".journal")).count();
		}
	}

	private Path onlySegment() throws IOException {
		try (Stream<Path> files = Files.list(this.directory)) {
			List<Path> segments = files.filter((path) -> path.getFileName().toString().endsWith(".journal")).toList();
			assertThat(segments).hasSize(1);
			return segments.get(0);
		}
	}

	/** Where the record of this index starts, walking the lengths as written. */
	private static long offsetOfRecord(Path segment, int index) throws IOException {
		try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "r")) {
			long offset = RecordLayout.SEGMENT_HEADER;
			for (int i = 0; i < index; i++) {
				file.seek(offset + RecordLayout.LENGTH_OFFSET);
				offset += RecordLayout.HEADER + file.readInt();
			}
			return offset;
		}
	}

}
