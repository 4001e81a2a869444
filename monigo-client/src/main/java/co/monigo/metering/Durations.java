package co.monigo.metering;

import java.time.Duration;

/**
 * Durations written as a user writes them in {@code application.yml} ({@code 500ms}, {@code 10s},
 * {@code -1s}), not as ISO-8601 ({@code PT-1S}).
 */
public final class Durations {

	private Durations() {
	}

	/** The duration in the largest whole unit: days, hours, minutes, seconds, milliseconds, or nanoseconds. */
	public static String format(Duration duration) {
		long nanos;
		try {
			nanos = duration.toNanos();
		}
		catch (ArithmeticException tooLong) {
			return duration.toDays() + "d";
		}
		if (nanos == 0) {
			return "0s";
		}
		long[] sizes = { 86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L };
		String[] units = { "d", "h", "m", "s", "ms", "us" };
		for (int i = 0; i < sizes.length; i++) {
			if (nanos != 0 && nanos % sizes[i] == 0) {
				return (nanos / sizes[i]) + units[i];
			}
		}
		return nanos + "ns";
	}

}
