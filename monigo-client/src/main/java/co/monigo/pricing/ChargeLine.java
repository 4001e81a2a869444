package co.monigo.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a charge's breakdown: {@code units × rate = amount}, exact and unrounded.
 *
 * @param units the units (or bundles, or 1 for a fixed fee) this line charges
 * @param rate the price of one of those units
 * @param amount {@code units × rate}
 * @param description what the line charges, e.g. "units above 1000 up to 10000"
 */
public record ChargeLine(BigDecimal units, BigDecimal rate, BigDecimal amount, String description) {

	public ChargeLine {
		Objects.requireNonNull(units, "units");
		Objects.requireNonNull(rate, "rate");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(description, "description");
	}

	static ChargeLine of(BigDecimal units, BigDecimal rate, String description) {
		return new ChargeLine(units, rate, units.multiply(rate), description);
	}

}
