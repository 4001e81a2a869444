package co.monigo.pricing;

import java.math.BigDecimal;
import java.util.Objects;

import co.monigo.client.model.Price;

/**
 * One price of a plan with the usage of its metric, for {@link PricingCalculator#chargePlan(java.util.List)}.
 *
 * @param price the price
 * @param usage the usage of the price's metric, 0 or more
 */
public record PriceUsage(Price price, BigDecimal usage) {

	public PriceUsage {
		Objects.requireNonNull(price, "price");
		Objects.requireNonNull(usage, "usage");
	}

}
