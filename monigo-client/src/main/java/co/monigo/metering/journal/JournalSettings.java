package co.monigo.metering.journal;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the journal lives and how large it may grow.
 *
 * @param directory the folder of the journal's files; a second process (or journal) pointed at a folder in
 * use gets an area of its own below it ({@code area-2}, ...), guarded by a file lock
 * @param maxSize the most bytes the journal's files may take on disk
 * @param syncInterval how often written records are forced to the disk, against power loss; zero leaves
 * it to the operating system (a killed process loses nothing either way)
 */
public record JournalSettings(Path directory, long maxSize, Duration syncInterval) {

	/** The smallest journal: two segments of the smallest size. */
	public static final long MIN_SIZE = 2 * 64 * 1024;

	private static final int LARGEST_SEGMENT = 16 * 1024 * 1024;

	public JournalSettings {
		if (directory == null) {
			throw new IllegalArgumentException("journal.directory is required");
		}
		if (maxSize < MIN_SIZE) {
			throw new IllegalArgumentException("journal.max-size must be at least " + MIN_SIZE + " bytes, was " + maxSize);
		}
		if (syncInterval == null || syncInterval.isNegative()) {
			throw new IllegalArgumentException("journal.sync-interval must be zero or positive, was " + syncInterval);
		}
	}

	/**
	 * The size of one segment file: an eighth of the journal, between 64 KiB and 16 MiB, so a full journal
	 * has at least a few segments to free as their events are acknowledged, and a new segment (filled with
	 * zeros when created) takes milliseconds.
	 */
	public int segmentSize() {
		long eighth = this.maxSize / 8;
		return (int) Math.max(64 * 1024, Math.min(LARGEST_SEGMENT, eighth));
	}

	/** The same settings for another directory. */
	JournalSettings withDirectory(Path other) {
		return new JournalSettings(other, this.maxSize, this.syncInterval);
	}

	/** How many segment files fit in the maximum size. */
	int maxSegments() {
		return (int) Math.max(2, this.maxSize / segmentSize());
	}

}
