package co.monigo.metering.journal;

import java.nio.ByteBuffer;

/**
 * Walks the records of a segment left by an earlier run, which may end in a record cut by a crash or
 * hold damaged bytes: a record whose marker, length or checksum is wrong is skipped by looking for the
 * next intact record further on, and each damaged stretch is counted once.
 */
final class SegmentScan {

	private SegmentScan() {
	}

	/** What a scan of a whole segment found. */
	record Result(int end, int unsettled, int damaged, long oldestMillis) {
	}

	/** Scans the segment from its first record to where its data ends. */
	static Result scan(Segment segment) {
		ByteBuffer buffer = segment.buffer();
		int limit = segment.capacity();
		int offset = RecordLayout.SEGMENT_HEADER;
		int unsettled = 0;
		int damaged = 0;
		long oldest = Long.MAX_VALUE;
		while (!RecordLayout.isEnd(buffer, offset, limit)) {
			if (!RecordLayout.isIntact(buffer, offset, limit)) {
				damaged++;
				offset = nextIntact(buffer, offset + 1, limit);
				if (offset < 0) {
					offset = limit;
					break;
				}
				continue;
			}
			if (!RecordLayout.isSettled(buffer, offset)) {
				unsettled++;
				oldest = Math.min(oldest, buffer.getLong(offset + RecordLayout.TIME_OFFSET));
			}
			offset += RecordLayout.size(buffer, offset);
		}
		return new Result(Math.min(offset, limit), unsettled, damaged, oldest);
	}

	/**
	 * The offset of the next intact record at or after {@code from}, reading a damaged stretch byte by
	 * byte; -1 when there is none before the limit.
	 */
	static int nextIntact(ByteBuffer buffer, int from, int limit) {
		for (int offset = from; offset + RecordLayout.HEADER <= limit; offset++) {
			if (buffer.get(offset) == RecordLayout.MARKER && RecordLayout.isIntact(buffer, offset, limit)) {
				return offset;
			}
		}
		return -1;
	}

}
