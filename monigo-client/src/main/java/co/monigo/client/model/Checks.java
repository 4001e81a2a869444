package co.monigo.client.model;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks for request types: each failure names the wire field to fix.
 */
final class Checks {

	private Checks() {
	}

	static String requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is required and must not be blank");
		}
		return value;
	}

	static <T> T requireValue(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException(field + " is required");
		}
		return value;
	}

	static BigDecimal requireNonNegative(@Nullable BigDecimal value, String field) {
		if (requireValue(value, field).signum() < 0) {
			throw new IllegalArgumentException(field + " must not be negative, was " + value.toPlainString());
		}
		return value;
	}

	static BigDecimal requirePositive(@Nullable BigDecimal value, String field) {
		if (requireValue(value, field).signum() <= 0) {
			throw new IllegalArgumentException(field + " must be positive, was " + value.toPlainString());
		}
		return value;
	}

	/**
	 * Refuses an enum's {@code UNKNOWN} constant in a request: it stands for a value this client
	 * could not read, not one the server accepts.
	 */
	static <E extends Enum<E>> E requireKnown(@Nullable E value, String field) {
		if (requireValue(value, field).name().equals("UNKNOWN")) {
			throw new IllegalArgumentException(field + " must be a value the API knows, not UNKNOWN");
		}
		return value;
	}

}
