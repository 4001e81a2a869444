package co.monigo.client.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link Instant} as the same text as {@link Instant#toString()} (ISO-8601 in UTC, the
 * fraction in groups of three digits), formatting the date and time of day once per second and the
 * fraction by hand. The ingest pipeline writes a timestamp per event, and java.time's formatter,
 * which Jackson uses, cost about a third of writing a whole batch. Thread-safe.
 */
final class IsoInstantSerializer extends StdSerializer<Instant> {

	/** 9999-12-31T23:59:59Z: later years are written with a sign, so they take the general path. */
	private static final long LAST_FOUR_DIGIT_SECOND = 253402300799L;

	private static final int DATE_TIME_LENGTH = "2026-01-01T00:00:00".length();

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private volatile Second last = new Second(-1, new char[DATE_TIME_LENGTH]);

	IsoInstantSerializer() {
		super(Instant.class);
	}

	@Override
	public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
		long epochSecond = value.getEpochSecond();
		if (epochSecond < 0 || epochSecond > LAST_FOUR_DIGIT_SECOND) {
			generator.writeString(value.toString());
			return;
		}
		Second second = this.last;
		if (second.epochSecond != epochSecond) {
			second = new Second(epochSecond, DATE_TIME.format(Instant.ofEpochSecond(epochSecond)).toCharArray());
			this.last = second;
		}
		char[] text = new char[DATE_TIME_LENGTH + 11];
		System.arraycopy(second.text, 0, text, 0, DATE_TIME_LENGTH);
		int length = appendFraction(text, DATE_TIME_LENGTH, value.getNano());
		text[length++] = 'Z';
		generator.writeString(text, 0, length);
	}

	/** As {@code DateTimeFormatter.ISO_INSTANT}: none for a whole second, else 3, 6 or 9 digits. */
	private static int appendFraction(char[] text, int at, int nanos) {
		if (nanos == 0) {
			return at;
		}
		int digits;
		int value;
		if (nanos % 1_000_000 == 0) {
			digits = 3;
			value = nanos / 1_000_000;
		}
		else if (nanos % 1_000 == 0) {
			digits = 6;
			value = nanos / 1_000;
		}
		else {
			digits = 9;
			value = nanos;
		}
		text[at] = '.';
		for (int i = at + digits; i > at; i--) {
			text[i] = (char) ('0' + (value % 10));
			value /= 10;
		}
		return at + digits + 1;
	}

	private record Second(long epochSecond, char[] text) {
	}

}
