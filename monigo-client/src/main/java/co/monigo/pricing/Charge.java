package co.monigo.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.PriceModel;

/**
 * What one price charges for a usage, with the lines that add up to it.
 *
 * @param model the price's model
 * @param usage the usage charged
 * @param amount the charge, exact and unrounded: the sum of the lines' amounts
 * @param lines the breakdown, in tier order; a graduated price lists its tiers up to the one the usage
 * falls in (the first, with 0 units, at zero usage)
 * @param bundles for a {@code package} price, the bundles charged; otherwise null
 * @param averageUnitPrice for a {@code weighted_tiered} price, {@code amount / usage} to 16 significant
 * digits (at zero usage, the first tier's rate); otherwise null
 */
public record Charge(PriceModel model, BigDecimal usage, BigDecimal amount, List<ChargeLine> lines,
		@Nullable BigInteger bundles, @Nullable BigDecimal averageUnitPrice) {

	public Charge {
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(usage, "usage");
		Objects.requireNonNull(amount, "amount");
		lines = List.copyOf(lines);
	}

}
