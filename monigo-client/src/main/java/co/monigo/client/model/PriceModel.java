package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * How a price turns usage into a charge. See {@code co.monigo.pricing.PricingCalculator}.
 */
public enum PriceModel {

	/** {@code usage × unit_price}. */
	FLAT_UNIT,

	/** An alias of {@link #FLAT_UNIT}. */
	PER_UNIT,

	/** Graduated: each unit at the rate of the tier it falls in. */
	TIERED,

	/** All units at the rate of the single tier the whole usage falls in. */
	VOLUME,

	/** Whole bundles of {@code package_size} at {@code package_price}. */
	PACKAGE,

	/** A base price covering some included units, then a price per unit beyond. */
	OVERAGE,

	/** The graduated amount, shown with its weighted average unit price. */
	WEIGHTED_TIERED,

	/** A model this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
