package co.monigo.client.model;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Checks shared by the price request types: the tiers must have the shape the model reads, amounts
 * must not be negative, and graduated tiers must rise and end with an open tier, as the pricing guide
 * asks.
 */
final class PriceChecks {

	private PriceChecks() {
	}

	static void requireTiersFit(@Nullable PriceModel model, @Nullable PriceTiers tiers) {
		if (tiers instanceof GraduatedTiers graduated) {
			requireOpenEnded(graduated.tiers());
		}
		else if (tiers instanceof PackageTiers pack) {
			if (pack.packageSize() <= 0) {
				throw new IllegalArgumentException("tiers.package_size must be positive, was " + pack.packageSize());
			}
			Checks.requireNonNegative(pack.packagePrice(), "tiers.package_price");
		}
		else if (tiers instanceof OverageTiers overage) {
			if (overage.includedUnits() < 0) {
				throw new IllegalArgumentException(
						"tiers.included_units must not be negative, was " + overage.includedUnits());
			}
			Checks.requireNonNegative(overage.basePrice(), "tiers.base_price");
			Checks.requireNonNegative(overage.overagePrice(), "tiers.overage_price");
		}
		if (model == null || tiers == null) {
			return;
		}
		Class<? extends PriceTiers> expected = switch (model) {
			case TIERED, VOLUME, WEIGHTED_TIERED -> GraduatedTiers.class;
			case PACKAGE -> PackageTiers.class;
			case OVERAGE -> OverageTiers.class;
			case FLAT_UNIT, PER_UNIT, UNKNOWN -> null;
		};
		String wireModel = model.name().toLowerCase(Locale.ROOT);
		if (expected == null) {
			throw new IllegalArgumentException("tiers must be absent for model " + wireModel + ": use unit_price");
		}
		if (!expected.isInstance(tiers)) {
			throw new IllegalArgumentException("tiers of model " + wireModel + " must be " + expected.getSimpleName()
					+ ", was " + tiers.getClass().getSimpleName());
		}
	}

	private static void requireOpenEnded(List<Tier> tiers) {
		if (tiers.isEmpty()) {
			throw new IllegalArgumentException("tiers must not be empty");
		}
		int last = tiers.size() - 1;
		long previousUpTo = 0;
		for (int i = 0; i < last; i++) {
			Long upTo = tiers.get(i).upTo();
			if (upTo == null) {
				throw new IllegalArgumentException("tiers[" + i + "].up_to is required: only the last tier is open");
			}
			if (upTo <= previousUpTo) {
				throw new IllegalArgumentException("tiers[" + i + "].up_to must be positive and greater than the "
						+ "tier before, was " + upTo);
			}
			previousUpTo = upTo;
		}
		if (tiers.get(last).upTo() != null) {
			throw new IllegalArgumentException(
					"tiers[" + last + "].up_to must be null: the last tier takes all remaining units");
		}
		for (int i = 0; i <= last; i++) {
			Checks.requireNonNegative(tiers.get(i).unitAmount(), "tiers[" + i + "].unit_amount");
		}
	}

}
