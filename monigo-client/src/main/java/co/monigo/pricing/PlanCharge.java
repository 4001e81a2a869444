package co.monigo.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a plan charges: one charge per price, and their total.
 *
 * @param charges the charge of each price, in the order given
 * @param total the sum of the charges' amounts, exact and unrounded
 */
public record PlanCharge(List<Charge> charges, BigDecimal total) {

	public PlanCharge {
		charges = List.copyOf(charges);
		Objects.requireNonNull(total, "total");
	}

}
