package co.monigo.pricing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.GraduatedTiers;
import co.monigo.client.model.OverageTiers;
import co.monigo.client.model.PackageTiers;
import co.monigo.client.model.Price;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.PriceTiers;
import co.monigo.client.model.Tier;

/**
 * Checks that a price can be charged: the tiers its model needs, in the right shape, with sound bounds
 * and no negative price. Stateless and thread-safe.
 */
public final class PriceValidator {

	private static final String KNOWN_MODELS = Arrays.stream(PriceModel.values())
		.filter((model) -> model != PriceModel.UNKNOWN)
		.map(PriceValidator::wireName)
		.collect(Collectors.joining(", "));

	/**
	 * Refuses a price that cannot be charged. Fields a model does not use (the {@code tiers} of a flat
	 * price, the {@code unit_price} of a tiered one) are ignored, except that no price may be negative.
	 * @throws InvalidPriceException naming the problem, as "Invalid {model} price: {what is wrong}"
	 */
	public void validate(Price price) {
		switch (model(price)) {
			case FLAT_UNIT, PER_UNIT -> unitPrice(price);
			case TIERED, VOLUME, WEIGHTED_TIERED -> graduatedTiers(price);
			case PACKAGE -> packageTiers(price);
			case OVERAGE -> overageTiers(price);
			case UNKNOWN -> throw unknownModel();
		}
	}

	// The calculator charges through these checks, one per part of a price, so that it refuses exactly
	// what validate refuses. A field absent from the JSON is null whatever the record declares.

	/** The price's model, once checked present, with the sign of {@code unit_price} if there is one. */
	PriceModel model(Price price) {
		Objects.requireNonNull(price, "price");
		PriceModel model = price.model();
		if (model == null) {
			throw new InvalidPriceException("Invalid price: model is required; expected one of " + KNOWN_MODELS);
		}
		BigDecimal unitPrice = price.unitPrice();
		if (unitPrice != null) {
			requireNonNegative(model, unitPrice, "unit_price");
		}
		return model;
	}

	static InvalidPriceException unknownModel() {
		return new InvalidPriceException(
				"Invalid price: its model is unknown to this client; expected one of " + KNOWN_MODELS);
	}

	BigDecimal unitPrice(Price price) {
		BigDecimal unitPrice = price.unitPrice();
		if (unitPrice == null) {
			throw invalid(price.model(), "unit_price is required");
		}
		return requireNonNegative(price.model(), unitPrice, "unit_price");
	}

	GraduatedTiers graduatedTiers(Price price) {
		GraduatedTiers graduated = requireShape(price, GraduatedTiers.class, "an array of {up_to, unit_amount}");
		List<Tier> tiers = graduated.tiers();
		if (tiers.isEmpty()) {
			throw invalid(price.model(), "tiers must hold at least one tier");
		}
		@Nullable Long previousBound = null;
		for (int index = 0; index < tiers.size(); index++) {
			Tier tier = tiers.get(index);
			requireNonNegative(price.model(), tier.unitAmount(), "tiers[" + index + "].unit_amount");
			Long bound = tier.upTo();
			boolean last = index == tiers.size() - 1;
			if (last && bound != null) {
				throw invalid(price.model(), "the last tier must be open-ended: tiers[" + index
						+ "].up_to must be null, was " + bound);
			}
			if (!last && bound == null) {
				throw invalid(price.model(),
						"tiers[" + index + "].up_to is missing: only the last tier may be open-ended");
			}
			if (bound != null && previousBound == null && bound <= 0) {
				throw invalid(price.model(), "tiers[" + index + "].up_to must be positive, was " + bound);
			}
			if (bound != null && previousBound != null && bound <= previousBound) {
				throw invalid(price.model(), "tier bounds must be increasing: tiers[" + index + "].up_to (" + bound
						+ ") is not greater than tiers[" + (index - 1) + "].up_to (" + previousBound + ")");
			}
			previousBound = bound;
		}
		return graduated;
	}

	PackageTiers packageTiers(Price price) {
		PackageTiers tiers = requireShape(price, PackageTiers.class,
				"a package {package_size, package_price, round_up_partial_block}");
		if (tiers.packageSize() <= 0) {
			throw invalid(price.model(), "package_size must be positive, was " + tiers.packageSize());
		}
		requireNonNegative(price.model(), tiers.packagePrice(), "package_price");
		return tiers;
	}

	OverageTiers overageTiers(Price price) {
		OverageTiers tiers = requireShape(price, OverageTiers.class,
				"an overage {included_units, base_price, overage_price}");
		if (tiers.includedUnits() < 0) {
			throw invalid(price.model(), "included_units must not be negative, was " + tiers.includedUnits());
		}
		requireNonNegative(price.model(), tiers.basePrice(), "base_price");
		requireNonNegative(price.model(), tiers.overagePrice(), "overage_price");
		return tiers;
	}

	private static <T extends PriceTiers> T requireShape(Price price, Class<T> shape, String description) {
		PriceTiers tiers = price.tiers();
		if (!shape.isInstance(tiers)) {
			throw invalid(price.model(), "tiers must be " + description + ", but " + describe(tiers));
		}
		return shape.cast(tiers);
	}

	private static String describe(@Nullable PriceTiers tiers) {
		if (tiers instanceof GraduatedTiers) {
			return "they are an array of tiers";
		}
		if (tiers instanceof PackageTiers) {
			return "they are a package";
		}
		if (tiers instanceof OverageTiers) {
			return "they are an overage allowance";
		}
		return "they are missing";
	}

	private static BigDecimal requireNonNegative(PriceModel model, @Nullable BigDecimal value, String field) {
		if (value == null) {
			throw invalid(model, field + " is required");
		}
		if (value.signum() < 0) {
			throw invalid(model, field + " must not be negative, was " + value.toPlainString());
		}
		return value;
	}

	private static InvalidPriceException invalid(PriceModel model, String problem) {
		return new InvalidPriceException("Invalid " + wireName(model) + " price: " + problem);
	}

	static String wireName(PriceModel model) {
		return model.name().toLowerCase(Locale.ROOT);
	}

}
