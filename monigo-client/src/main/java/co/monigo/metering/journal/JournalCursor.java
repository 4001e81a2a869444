package co.monigo.metering.journal;

import java.nio.ByteBuffer;

import org.jspecify.annotations.Nullable;

/**
 * Reads the journal's unsettled records in the order they were appended, from the oldest, following
 * appends as they are made. Records settled meanwhile and damaged stretches of a recovered segment are
 * passed over. For one thread.
 */
public final class JournalCursor {

	private final Journal journal;

	private @Nullable Segment segment;

	private int offset;

	JournalCursor(Journal journal) {
		this.journal = journal;
	}

	/**
	 * Stops at the next unsettled record, the one this cursor is on if it is unsettled.
	 * @return false when no such record is written yet
	 */
	public boolean seek() {
		while (true) {
			Segment on = this.segment;
			if (on == null) {
				on = this.journal.first();
				if (on == null) {
					return false;
				}
				this.segment = on;
				this.offset = RecordLayout.SEGMENT_HEADER;
			}
			ByteBuffer buffer = on.buffer();
			int limit = on.limit();
			if (this.offset < limit) {
				if (!RecordLayout.isIntact(buffer, this.offset, limit)) {
					int next = SegmentScan.nextIntact(buffer, this.offset + 1, limit);
					this.offset = (next < 0) ? limit : next;
					continue;
				}
				if (RecordLayout.isSettled(buffer, this.offset)) {
					this.offset += RecordLayout.size(buffer, this.offset);
					continue;
				}
				return true;
			}
			// Sealed is read before the limit again, so an append made just before sealing is not missed.
			if (!on.isSealed()) {
				return false;
			}
			if (this.offset < on.limit()) {
				continue;
			}
			Segment next = this.journal.after(on.id());
			if (next == null) {
				return false;
			}
			this.segment = next;
			this.offset = RecordLayout.SEGMENT_HEADER;
		}
	}

	/** The position of the record {@link #seek()} stopped at, as {@link Journal#append} returned it. */
	public long position() {
		return Journal.position(requireSegment().id(), this.offset);
	}

	/** A copy of the record's payload. */
	public byte[] payload() {
		ByteBuffer buffer = requireSegment().buffer();
		byte[] payload = new byte[buffer.getInt(this.offset + RecordLayout.LENGTH_OFFSET)];
		buffer.get(this.offset + RecordLayout.HEADER, payload);
		return payload;
	}

	/** The time appended with the record, in epoch milliseconds. */
	public long epochMillis() {
		return requireSegment().buffer().getLong(this.offset + RecordLayout.TIME_OFFSET);
	}

	/** Moves past the record {@link #seek()} stopped at. */
	public void skip() {
		this.offset += RecordLayout.size(requireSegment().buffer(), this.offset);
	}

	/** Starts again from the oldest unsettled record. */
	public void rewind() {
		this.segment = null;
	}

	private Segment requireSegment() {
		Segment on = this.segment;
		if (on == null) {
			throw new IllegalStateException("seek() found no record");
		}
		return on;
	}

}
