package co.monigo.client.core;

import java.time.Duration;

/**
 * Writes a duration as it is typed in {@code application.yml}: a number and one unit, the largest that
 * fits exactly ({@code 10s}, {@code 90s}, {@code 250ms}, {@code -1s}), rather than in ISO-8601
 * ({@code PT10S}, {@code PT-1S}), for messages and logs.
 */
public final class Durations {

	private static final String[] UNITS = { "d", "h", "m", "s", "ms", "us", "ns" };

	private static final long[] NANOS = { 86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L,
			1_000_000_000L, 1_000_000L, 1_000L, 1L };

	private Durations() {
	}

	/** The duration in the largest unit that holds it exactly; ISO-8601 beyond about 292 years. */
	public static String format(Duration duration) {
		long nanos;
		try {
			nanos = duration.toNanos();
		}
		catch (ArithmeticException tooLong) {
			return duration.toString();
		}
		if (nanos == 0) {
			return "0s";
		}
		int unit = 0;
		while (nanos % NANOS[unit] != 0) {
			unit++;
		}
		return (nanos / NANOS[unit]) + UNITS[unit];
	}

}
