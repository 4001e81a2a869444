package co.monigo.metering.journal;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * Where each part of a record and of a segment header lies, and how a record is told valid.
 * <p>
 * A segment starts with {@link #SEGMENT_HEADER} bytes: the file magic and the segment's id. Each record
 * is a 20-byte header, then the payload: a marker byte (written last, so a record cut by a crash reads
 * as the end of the data), a status byte (pending or settled, rewritten in place), two spare bytes, the
 * payload's length, the CRC32C of the payload and the event's time in epoch milliseconds.
 */
final class RecordLayout {

	static final long FILE_MAGIC = 0x4d4f4e49474f4a31L; // "MONIGOJ1"

	static final int SEGMENT_HEADER = 16;

	static final byte MARKER = (byte) 0xA5;

	static final byte PENDING = 0;

	static final byte SETTLED = 0x5E;

	static final int STATUS_OFFSET = 1;

	static final int LENGTH_OFFSET = 4;

	static final int CRC_OFFSET = 8;

	static final int TIME_OFFSET = 12;

	static final int HEADER = 20;

	/** The longest payload a record may hold; an event is a few hundred bytes. */
	static final int MAX_PAYLOAD = 1 << 20;

	private RecordLayout() {
	}

	static int crc(byte[] payload) {
		CRC32C crc = new CRC32C();
		crc.update(payload, 0, payload.length);
		return (int) crc.getValue();
	}

	static int crc(ByteBuffer buffer, int payloadOffset, int length) {
		CRC32C crc = new CRC32C();
		crc.update(buffer.slice(payloadOffset, length));
		return (int) crc.getValue();
	}

	/**
	 * Whether a whole, intact record starts at {@code offset}, below {@code limit}: its marker, a
	 * plausible length and a matching checksum.
	 */
	static boolean isIntact(ByteBuffer buffer, int offset, int limit) {
		if (offset + HEADER > limit || buffer.get(offset) != MARKER) {
			return false;
		}
		int length = buffer.getInt(offset + LENGTH_OFFSET);
		if (length <= 0 || length > MAX_PAYLOAD || offset + HEADER + length > limit) {
			return false;
		}
		return crc(buffer, offset + HEADER, length) == buffer.getInt(offset + CRC_OFFSET);
	}

	/** The whole size of the record at {@code offset}, header included. */
	static int size(ByteBuffer buffer, int offset) {
		return HEADER + buffer.getInt(offset + LENGTH_OFFSET);
	}

	static boolean isSettled(ByteBuffer buffer, int offset) {
		return buffer.get(offset + STATUS_OFFSET) == SETTLED;
	}

	/** Where the data ends: nothing was ever written at {@code offset}. */
	static boolean isEnd(ByteBuffer buffer, int offset, int limit) {
		return offset + HEADER > limit || (buffer.get(offset) == 0 && buffer.getInt(offset + LENGTH_OFFSET) == 0);
	}

}
