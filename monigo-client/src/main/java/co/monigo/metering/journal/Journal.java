package co.monigo.metering.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only log of records on local disk, in segment files of a fixed size. A record is appended
 * once, read in order by one {@link JournalCursor}, and marked settled in place; a segment whose records
 * are all settled is deleted. On open, the records an earlier run left unsettled are found again, and
 * damaged ones (a write cut by a crash, a flipped byte) are skipped and counted.
 * <p>
 * Written by hand rather than on a storage library: the record path must take about a microsecond and
 * no system call per event, survive {@code kill -9} without an fsync, and need no JVM flags; the
 * comparison with the libraries weighed is in {@code benchmarks/README.md}. Appends are serialised;
 * settling and reading are thread-safe.
 */
public final class Journal implements AutoCloseable {

	/** {@link #append} could not take the record: the journal is at its maximum size. */
	public static final long FULL = -1;

	/** {@link #append} could not take the record: a new segment could not be written (disk full, I/O error). */
	public static final long FAILED = -2;

	private static final Logger logger = LoggerFactory.getLogger(Journal.class);

	private static final String LOCK_FILE = "journal.lock";

	private final JournalSettings settings;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final ConcurrentNavigableMap<Integer, Segment> segments = new ConcurrentSkipListMap<>();

	private final SegmentKeeper keeper;

	private final JournalRecovery recovery;

	private Segment current;

	private volatile @Nullable String lastError;

	private volatile boolean closed;

	private Journal(JournalSettings settings, FileChannel lockChannel, FileLock lock) throws IOException {
		this.settings = settings;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.recovery = JournalRecovery.recover(settings.directory(), this.segments);
		int nextId = this.segments.isEmpty() ? 1 : this.segments.lastKey() + 1;
		this.keeper = new SegmentKeeper(settings);
		this.current = Segment.create(settings.directory(), nextId, settings.segmentSize());
		this.segments.put(nextId, this.current);
		prepareNext();
		this.keeper.startSyncing(() -> this.current);
	}

	/** How many processes (or journals) may share one configured directory, each in an area of its own. */
	static final int AREAS = 8;

	/**
	 * Opens the journal in the settings' directory, creating it if needed, and finds what an earlier run
	 * left unsettled. When another process (or journal of this one) holds the directory, takes the first
	 * free area below it ({@code area-2}, {@code area-3}, ...), so two processes never share files;
	 * events an earlier run left in an area are delivered by whichever process takes it next.
	 * @throws JournalException if the directory cannot be created or written, or every area is held
	 */
	public static Journal open(JournalSettings settings) {
		Path base = settings.directory();
		for (int area = 1; area <= AREAS; area++) {
			Path directory = (area == 1) ? base : base.resolve("area-" + area);
			Journal journal = openArea(settings, directory);
			if (journal != null) {
				return journal;
			}
		}
		throw new JournalException("the directory " + base + " and its " + (AREAS - 1)
				+ " areas are all in use by other processes; give this one a directory of its own");
	}

	/** The journal in this directory, or null when another process or journal holds it. */
	private static @Nullable Journal openArea(JournalSettings settings, Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException | SecurityException failure) {
			throw new JournalException("the directory " + directory + " cannot be created: " + failure, failure);
		}
		if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
			throw new JournalException("the directory " + directory + " is not a writable directory");
		}
		FileChannel lockChannel;
		try {
			lockChannel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
		}
		catch (IOException failure) {
			throw new JournalException("the directory " + directory + " cannot be written: " + failure, failure);
		}
		try {
			FileLock lock = lockChannel.tryLock();
			if (lock == null) {
				closeQuietly(lockChannel);
				return null;
			}
			return new Journal(settings.withDirectory(directory), lockChannel, lock);
		}
		catch (OverlappingFileLockException heldHere) {
			closeQuietly(lockChannel);
			return null;
		}
		catch (IOException failure) {
			closeQuietly(lockChannel);
			throw new JournalException("the journal in " + directory + " cannot be opened: " + failure, failure);
		}
		catch (RuntimeException failure) {
			closeQuietly(lockChannel);
			throw failure;
		}
	}

	/**
	 * Appends a record of the event's JSON, written through to the operating system before this returns.
	 * @return the record's position, or {@link #FULL} or {@link #FAILED}
	 */
	public synchronized long append(byte[] payload, long epochMillis) {
		if (this.closed) {
			return FAILED;
		}
		if (!this.current.fits(payload.length)) {
			long rolled = roll(payload.length);
			if (rolled < 0) {
				return rolled;
			}
		}
		int offset = this.current.append(payload, epochMillis);
		return position(this.current.id(), offset);
	}

	/** Seals the current segment and starts the next: 0, or {@link #FULL} or {@link #FAILED}. */
	private long roll(int payloadLength) {
		if (RecordLayout.HEADER + payloadLength > this.settings.segmentSize() - RecordLayout.SEGMENT_HEADER) {
			this.lastError = "a record of " + payloadLength + " bytes is larger than a journal segment";
			return FAILED;
		}
		int id = this.current.id() + 1;
		Segment next;
		try {
			next = this.keeper.takeSpare(id);
			if (next == null) {
				if (this.segments.size() >= this.settings.maxSegments()) {
					return FULL;
				}
				next = Segment.create(this.settings.directory(), id, this.settings.segmentSize());
			}
		}
		catch (IOException failure) {
			if (this.lastError == null) {
				logger.warn("Monigo journal: a new segment cannot be written in {}: {}", this.settings.directory(),
						failure.toString());
			}
			this.lastError = "a new journal segment cannot be written: " + failure;
			return FAILED;
		}
		Segment sealed = this.current;
		this.segments.put(next.id(), next);
		this.current = next;
		sealed.seal();
		this.keeper.sealed(sealed);
		if (sealed.unsettled() == 0) {
			remove(sealed);
		}
		this.lastError = null;
		prepareNext();
		return 0;
	}

	/** Has the next segment written ahead, off the record path, while there is room for it. */
	private void prepareNext() {
		if (this.segments.size() < this.settings.maxSegments()) {
			this.keeper.prepare(this.current.id() + 1);
		}
	}

	/** Marks the record at this position settled: it will not be read again, here or after a restart. */
	public void settle(long position) {
		Segment segment = this.segments.get(segmentId(position));
		if (segment != null && segment.settle(offset(position)) && segment.isSealed()) {
			remove(segment);
		}
	}

	private void remove(Segment segment) {
		if (!this.segments.remove(segment.id(), segment)) {
			return;
		}
		try {
			segment.delete();
		}
		catch (IOException failure) {
			logger.warn("Monigo journal: could not delete {}: {}", segment.path(), failure.toString());
		}
	}

	/** A cursor over the unsettled records, from the oldest; for one thread. */
	public JournalCursor cursor() {
		return new JournalCursor(this);
	}

	@Nullable Segment first() {
		Map.Entry<Integer, Segment> first = this.segments.firstEntry();
		return (first != null) ? first.getValue() : null;
	}

	@Nullable Segment after(int id) {
		Map.Entry<Integer, Segment> next = this.segments.higherEntry(id);
		return (next != null) ? next.getValue() : null;
	}

	/** What the journal found from an earlier run when it was opened. */
	public JournalRecovery recovery() {
		return this.recovery;
	}

	/** Bytes the journal's segment files take on disk. */
	public long bytesOnDisk() {
		long bytes = 0;
		for (Segment segment : this.segments.values()) {
			bytes += segment.capacity();
		}
		return bytes + (long) this.keeper.spareCount() * this.settings.segmentSize();
	}

	/** Records appended or recovered and not settled yet. */
	public long unsettled() {
		long count = 0;
		for (Segment segment : this.segments.values()) {
			count += segment.unsettled();
		}
		return count;
	}

	public JournalSettings settings() {
		return this.settings;
	}

	/** Why the last append failed, or null once appends succeed again. */
	public @Nullable String lastError() {
		return this.lastError;
	}

	/**
	 * Forces what is written to the disk, stops the background work, deletes the files that hold nothing
	 * unsettled and releases the directory.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		this.keeper.close();
		for (Segment segment : this.segments.values()) {
			try {
				if (segment.unsettled() == 0) {
					segment.delete();
					continue;
				}
				if (!this.settings.syncInterval().isZero()) {
					segment.force();
				}
				segment.close();
			}
			catch (IOException | RuntimeException failure) {
				logger.warn("Monigo journal: could not close {}: {}", segment.path(), failure.toString());
			}
		}
		try {
			this.lock.release();
		}
		catch (IOException failure) {
			logger.debug("Monigo journal: releasing the lock failed", failure);
		}
		closeQuietly(this.lockChannel);
	}

	static long position(int segmentId, int offset) {
		return ((long) segmentId << 32) | (offset & 0xFFFFFFFFL);
	}

	static int segmentId(long position) {
		return (int) (position >>> 32);
	}

	static int offset(long position) {
		return (int) position;
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ignored) {
			// nothing more to release
		}
	}

}
