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

}
