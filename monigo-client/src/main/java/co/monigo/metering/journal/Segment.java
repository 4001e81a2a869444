package co.monigo.metering.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One file of the journal, mapped into memory. Records are written into the mapping: a write survives
 * the process being killed as soon as it is made (the kernel owns the page), with no system call per
 * record; only power loss needs {@link #force()}. The file is filled with zeros when created, so a full
 * disk shows up then, as an {@link IOException}, never later as a fault inside the mapping.
 */
final class Segment {

	private final int id;

	private final Path path;

	private final FileChannel channel;

	private final MappedByteBuffer buffer;

	private final int capacity;

	/** Where the written data ends; records below it are whole and visible to readers. */
	private volatile int limit;

	/** Whether no record will be appended any more. */
	private volatile boolean sealed;

	private final AtomicInteger unsettled = new AtomicInteger();

	private volatile boolean deleted;

	private Segment(int id, Path path, FileChannel channel, MappedByteBuffer buffer, int limit) {
		this.id = id;
		this.path = path;
		this.channel = channel;
		this.buffer = buffer;
		this.capacity = buffer.capacity();
		this.limit = limit;
	}

	static String fileName(int id) {
		return String.format(Locale.ROOT, "segment-%010d.journal", id);
	}

	/** Creates the file, filled with zeros to its whole size, and maps it. */
	static Segment create(Path directory, int id, int size) throws IOException {
		Path path = directory.resolve(fileName(id));
		FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		try {
			ByteBuffer zeros = ByteBuffer.allocate(Math.min(size, 1 << 20));
			long written = 0;
			while (written < size) {
				zeros.clear().limit((int) Math.min(zeros.capacity(), size - written));
				written += channel.write(zeros, written);
			}
			MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, size);
			buffer.putLong(0, RecordLayout.FILE_MAGIC);
			buffer.putInt(8, id);
			return new Segment(id, path, channel, buffer, RecordLayout.SEGMENT_HEADER);
		}
		catch (IOException | RuntimeException failure) {
			channel.close();
			Files.deleteIfExists(path);
			throw failure;
		}
	}

	/**
	 * Maps a file left by an earlier run, as long as it is (a cut file is read up to its end); the caller
	 * scans it with {@link SegmentScan}.
	 */
	static Segment open(Path path, int id) throws IOException {
		FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
		try {
			long size = Math.min(channel.size(), Integer.MAX_VALUE);
			MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, size);
			Segment segment = new Segment(id, path, channel, buffer, (int) size);
			segment.sealed = true;
			return segment;
		}
		catch (IOException | RuntimeException failure) {
			channel.close();
			throw failure;
		}
	}

	int id() {
		return this.id;
	}

	Path path() {
		return this.path;
	}

	ByteBuffer buffer() {
		return this.buffer;
	}

	int capacity() {
		return this.capacity;
	}

	int limit() {
		return this.limit;
	}

	void limit(int limit) {
		this.limit = limit;
	}

	boolean hasValidHeader() {
		return this.capacity >= RecordLayout.SEGMENT_HEADER && this.buffer.getLong(0) == RecordLayout.FILE_MAGIC;
	}

	/** Whether a record of this payload size still fits. */
	boolean fits(int payloadLength) {
		return this.limit + RecordLayout.HEADER + payloadLength <= this.capacity;
	}

	/**
	 * Appends a record and returns its offset. Single writer: the journal serialises appends. The marker
	 * is written last, and only then is the record made visible to readers.
	 */
	int append(byte[] payload, long epochMillis) {
		int offset = this.limit;
		ByteBuffer target = this.buffer;
		target.put(offset + RecordLayout.HEADER, payload);
		target.putInt(offset + RecordLayout.LENGTH_OFFSET, payload.length);
		target.putInt(offset + RecordLayout.CRC_OFFSET, RecordLayout.crc(payload));
		target.putLong(offset + RecordLayout.TIME_OFFSET, epochMillis);
		target.put(offset + RecordLayout.STATUS_OFFSET, RecordLayout.PENDING);
		target.put(offset, RecordLayout.MARKER);
		this.unsettled.incrementAndGet();
		this.limit = offset + RecordLayout.HEADER + payload.length;
		return offset;
	}

	/** Marks the record settled; true when it was the segment's last unsettled record. */
	boolean settle(int offset) {
		if (RecordLayout.isSettled(this.buffer, offset)) {
			return false;
		}
		this.buffer.put(offset + RecordLayout.STATUS_OFFSET, RecordLayout.SETTLED);
		return this.unsettled.decrementAndGet() == 0;
	}

	void countUnsettled(int count) {
		this.unsettled.addAndGet(count);
	}

	int unsettled() {
		return this.unsettled.get();
	}

	boolean isSealed() {
		return this.sealed;
	}

	void seal() {
		this.sealed = true;
	}

	/** Writes the mapping's changes to the disk. */
	void force() {
		if (!this.deleted) {
			this.buffer.force();
		}
	}

	/**
	 * Closes and deletes the file. The mapping itself is released by the garbage collector (Java 17 has
	 * no supported way to unmap); a reader still holding it reads valid memory.
	 */
	void delete() throws IOException {
		this.deleted = true;
		this.channel.close();
		Files.deleteIfExists(this.path);
	}

	void close() throws IOException {
		this.channel.close();
	}

}
