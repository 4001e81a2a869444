package co.monigo.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.GraduatedTiers;
import co.monigo.client.model.OverageTiers;
import co.monigo.client.model.PackageTiers;
import co.monigo.client.model.Price;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.Tier;

/**
 * Computes locally what a Monigo price charges for a usage, under every pricing model. Stateless and
 * thread-safe.
 * <p>
 * Amounts are exact: every line is {@code units × rate} with {@link BigDecimal} arithmetic and nothing
 * is ever rounded, so an amount's scale is whatever the arithmetic gives (a usage of {@code 1500} at
 * {@code 2.000000} is {@code 3000.000000}). Compare amounts with {@link BigDecimal#compareTo}, and round
 * to the currency's minor unit yourself when you show or bill one. Only the weighted average unit
 * price, a quotient, is rounded: to 16 significant digits, half-even.
 */
public final class PricingCalculator {

	private static final MathContext AVERAGE_PRECISION = MathContext.DECIMAL64;

	private final PriceValidator validator = new PriceValidator();

	/**
	 * The charge of one price for a usage, with its breakdown.
	 * @param usage the units of the price's metric; fractional is fine, negative is not
	 * @throws InvalidPriceException if the price cannot be charged (see {@link PriceValidator#validate})
	 * @throws IllegalArgumentException if the usage is negative
	 */
	public Charge charge(Price price, BigDecimal usage) {
		requireUsage(usage);
		PriceModel model = this.validator.model(price);
		return switch (model) {
			case FLAT_UNIT, PER_UNIT -> flat(model, this.validator.unitPrice(price), usage);
			case TIERED -> graduated(model, this.validator.graduatedTiers(price), usage);
			case WEIGHTED_TIERED -> weighted(graduated(model, this.validator.graduatedTiers(price), usage));
			case VOLUME -> volume(model, this.validator.graduatedTiers(price), usage);
			case PACKAGE -> inPackages(model, this.validator.packageTiers(price), usage);
			case OVERAGE -> overage(model, this.validator.overageTiers(price), usage);
			case UNKNOWN -> throw PriceValidator.unknownModel();
		};
	}

	/**
	 * What a plan charges: each price charged independently for its own usage, then summed.
	 * @throws InvalidPriceException if any price cannot be charged
	 * @throws IllegalArgumentException if any usage is negative
	 */
	public PlanCharge chargePlan(List<PriceUsage> prices) {
		List<Charge> charges = prices.stream().map((priced) -> charge(priced.price(), priced.usage())).toList();
		return new PlanCharge(charges, sum(charges.stream().map(Charge::amount)));
	}

	private static void requireUsage(BigDecimal usage) {
		Objects.requireNonNull(usage, "usage");
		if (usage.signum() < 0) {
			throw new IllegalArgumentException("usage must not be negative, was " + usage.toPlainString());
		}
	}

	private static Charge flat(PriceModel model, BigDecimal unitPrice, BigDecimal usage) {
		return withLines(model, usage, List.of(ChargeLine.of(usage, unitPrice, "per unit")));
	}

	private static Charge graduated(PriceModel model, GraduatedTiers graduated, BigDecimal usage) {
		List<Tier> tiers = graduated.tiers();
		int reached = tierIndexOf(tiers, usage);
		List<ChargeLine> lines = new ArrayList<>(reached + 1);
		for (int index = 0; index <= reached; index++) {
			Long upTo = tiers.get(index).upTo();
			BigDecimal upper = (upTo != null) ? usage.min(BigDecimal.valueOf(upTo)) : usage;
			BigDecimal units = upper.subtract(lowerBound(tiers, index));
			lines.add(ChargeLine.of(units, tiers.get(index).unitAmount(), tierRange(tiers, index)));
		}
		return withLines(model, usage, lines);
	}

	private static Charge weighted(Charge graduated) {
		BigDecimal average = (graduated.usage().signum() == 0) ? graduated.lines().get(0).rate()
				: graduated.amount().divide(graduated.usage(), AVERAGE_PRECISION);
		return new Charge(graduated.model(), graduated.usage(), graduated.amount(), graduated.lines(), null,
				average);
	}

	private static Charge volume(PriceModel model, GraduatedTiers graduated, BigDecimal usage) {
		List<Tier> tiers = graduated.tiers();
		int index = tierIndexOf(tiers, usage);
		ChargeLine line = ChargeLine.of(usage, tiers.get(index).unitAmount(),
				"all units, at the rate of the tier for " + tierRange(tiers, index));
		return withLines(model, usage, List.of(line));
	}

	private static Charge inPackages(PriceModel model, PackageTiers tiers, BigDecimal usage) {
		RoundingMode partialBundle = tiers.roundsUp() ? RoundingMode.CEILING : RoundingMode.FLOOR;
		BigDecimal bundles = usage.divide(BigDecimal.valueOf(tiers.packageSize()), 0, partialBundle);
		ChargeLine line = ChargeLine.of(bundles, tiers.packagePrice(), "bundles of " + tiers.packageSize()
				+ " units, a partial bundle " + (tiers.roundsUp() ? "charged whole" : "not charged"));
		return new Charge(model, usage, line.amount(), List.of(line), bundles.toBigIntegerExact(), null);
	}

	private static Charge overage(PriceModel model, OverageTiers tiers, BigDecimal usage) {
		BigDecimal included = BigDecimal.valueOf(tiers.includedUnits());
		ChargeLine base = ChargeLine.of(BigDecimal.ONE, tiers.basePrice(),
				"base price, including " + tiers.includedUnits() + " units");
		BigDecimal beyond = usage.subtract(included);
		if (beyond.signum() <= 0) {
			return withLines(model, usage, List.of(base));
		}
		ChargeLine overage = ChargeLine.of(beyond, tiers.overagePrice(),
				"units beyond the " + tiers.includedUnits() + " included");
		return withLines(model, usage, List.of(base, overage));
	}

	/** The index of the tier the usage falls in; the validated last tier is open-ended, so there is one. */
	private static int tierIndexOf(List<Tier> tiers, BigDecimal usage) {
		int index = 0;
		while (isBelow(tiers.get(index).upTo(), usage)) {
			index++;
		}
		return index;
	}

	private static boolean isBelow(@Nullable Long upTo, BigDecimal usage) {
		return upTo != null && usage.compareTo(BigDecimal.valueOf(upTo)) > 0;
	}

	private static BigDecimal lowerBound(List<Tier> tiers, int index) {
		Long previousUpTo = (index > 0) ? tiers.get(index - 1).upTo() : null;
		return (previousUpTo != null) ? BigDecimal.valueOf(previousUpTo) : BigDecimal.ZERO;
	}

	private static String tierRange(List<Tier> tiers, int index) {
		BigDecimal lower = lowerBound(tiers, index);
		Long upTo = tiers.get(index).upTo();
		if (lower.signum() == 0) {
			return (upTo != null) ? "units up to " + upTo : "all units";
		}
		return "units above " + lower + ((upTo != null) ? " up to " + upTo : "");
	}

	private static Charge withLines(PriceModel model, BigDecimal usage, List<ChargeLine> lines) {
		return new Charge(model, usage, sum(lines.stream().map(ChargeLine::amount)), lines, null, null);
	}

	private static BigDecimal sum(Stream<BigDecimal> amounts) {
		return amounts.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
