package co.monigo.client.model;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One threshold of an alert: a value (units, money or balance, by the alert's type), exact and written
 * as a decimal string, and an optional label shown with the notification.
 */
public record AlertThreshold(BigDecimal value, @Nullable String label) {

	public AlertThreshold {
		Checks.requireNonNegative(value, "thresholds[].value");
	}

	public static AlertThreshold of(String value) {
		return new AlertThreshold(new BigDecimal(value), null);
	}

	public static AlertThreshold of(String value, String label) {
		return new AlertThreshold(new BigDecimal(value), label);
	}

}
