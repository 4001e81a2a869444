package co.monigo.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import co.monigo.client.model.GraduatedTiers;
import co.monigo.client.model.OverageTiers;
import co.monigo.client.model.PackageTiers;
import co.monigo.client.model.Price;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.Tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class PricingCalculatorTest {

	private static final GraduatedTiers GUIDE_TIERS = GraduatedTiers.of(Tier.upTo(1000, "5.000000"),
			Tier.upTo(10000, "3.000000"), Tier.rest("1.000000"));

	private static final Price FLAT = Price.of(PriceModel.FLAT_UNIT, new BigDecimal("2.000000"), null);

	private static final Price TIERED = Price.of(PriceModel.TIERED, null, GUIDE_TIERS);

	private static final Price WEIGHTED_TIERED = Price.of(PriceModel.WEIGHTED_TIERED, null, GUIDE_TIERS);

	private static final Price PACKAGE = Price.of(PriceModel.PACKAGE, null,
			new PackageTiers(1000, new BigDecimal("500.000000"), true));

	private static final Price OVERAGE = Price.of(PriceModel.OVERAGE, null,
			new OverageTiers(10000, new BigDecimal("50.000000"), new BigDecimal("1.500000")));

	private final PricingCalculator calculator = new PricingCalculator();

	@Test
	void weightedTieredChargesTheGraduatedAmountWithItsAverageUnitPrice() {
		BigDecimal usage = BigDecimal.valueOf(12000);

		Charge weighted = this.calculator.charge(WEIGHTED_TIERED, usage);

		Charge tiered = this.calculator.charge(TIERED, usage);
		assertThat(weighted.amount()).isEqualByComparingTo(tiered.amount()).isEqualByComparingTo("34000");
		assertThat(weighted.lines()).isEqualTo(tiered.lines());
		assertThat(weighted.averageUnitPrice()).isEqualByComparingTo(weighted.amount().divide(usage, MathContext.DECIMAL64))
			.isCloseTo(new BigDecimal("2.833333"), within(new BigDecimal("0.000001")));
	}

	@Test
	void weightedTieredAverageIsExactWhenTheQuotientIs() {
		Price twoTiers = Price.of(PriceModel.WEIGHTED_TIERED, null,
				GraduatedTiers.of(Tier.upTo(10000, "2.000000"), Tier.rest("0.500000")));

		Charge charge = this.calculator.charge(twoTiers, BigDecimal.valueOf(25000));

		assertThat(charge.averageUnitPrice()).isEqualByComparingTo("1.1");
	}

	@Test
	void weightedTieredWithNoUsageShowsTheFirstTiersRateAsItsAverage() {
		Charge charge = this.calculator.charge(WEIGHTED_TIERED, BigDecimal.ZERO);

		assertThat(charge.amount()).isZero();
		assertThat(charge.averageUnitPrice()).isEqualByComparingTo("5");
	}

	@Test
	void onlyWeightedTieredShowsAnAverageAndOnlyPackageCountsBundles() {
		BigDecimal usage = BigDecimal.valueOf(1500);

		assertThat(this.calculator.charge(TIERED, usage).averageUnitPrice()).isNull();
		assertThat(this.calculator.charge(TIERED, usage).bundles()).isNull();
		assertThat(this.calculator.charge(WEIGHTED_TIERED, usage).bundles()).isNull();
		assertThat(this.calculator.charge(PACKAGE, usage).averageUnitPrice()).isNull();
		assertThat(this.calculator.charge(PACKAGE, usage).bundles()).isEqualTo(BigInteger.TWO);
	}

	@Test
	void aPlanChargesEachPriceForItsOwnUsageAndSumsThem() {
		PlanCharge plan = this.calculator.chargePlan(List.of(new PriceUsage(FLAT, BigDecimal.valueOf(1500)),
				new PriceUsage(TIERED, BigDecimal.valueOf(12000)), new PriceUsage(PACKAGE, BigDecimal.valueOf(1500)),
				new PriceUsage(OVERAGE, BigDecimal.valueOf(10002))));

		assertThat(plan.charges()).extracting(Charge::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("3000"), new BigDecimal("34000"), new BigDecimal("1000"),
					new BigDecimal("53"));
		assertThat(plan.total()).isEqualByComparingTo("38053");
	}

	@Test
	void anEmptyPlanChargesNothing() {
		PlanCharge plan = this.calculator.chargePlan(List.of());

		assertThat(plan.charges()).isEmpty();
		assertThat(plan.total()).isZero();
	}

	@Test
	void aNegativeUsageIsRefusedWithItsValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.calculator.charge(FLAT, new BigDecimal("-0.5")))
			.isNotInstanceOf(InvalidPriceException.class)
			.withMessage("usage must not be negative, was -0.5");
	}

	@Test
	void aPlanWithANegativeUsageIsRefused() {
		List<PriceUsage> prices = List.of(new PriceUsage(FLAT, BigDecimal.ONE),
				new PriceUsage(TIERED, BigDecimal.valueOf(-3)));

		assertThatIllegalArgumentException().isThrownBy(() -> this.calculator.chargePlan(prices))
			.withMessage("usage must not be negative, was -3");
	}

	@ParameterizedTest(name = "{0} charges {2} for no usage")
	@MethodSource("pricesOfEveryModel")
	void noUsageChargesNothingButAnOveragesBasePrice(PriceModel model, Price price, String expected) {
		Charge charge = this.calculator.charge(price, BigDecimal.ZERO);

		assertThat(charge.amount()).isEqualByComparingTo(expected);
	}

	static Stream<Arguments> pricesOfEveryModel() {
		return Stream.of(Arguments.of(PriceModel.FLAT_UNIT, FLAT, "0"),
				Arguments.of(PriceModel.PER_UNIT, Price.of(PriceModel.PER_UNIT, new BigDecimal("0.25"), null), "0"),
				Arguments.of(PriceModel.TIERED, TIERED, "0"),
				Arguments.of(PriceModel.VOLUME, Price.of(PriceModel.VOLUME, null, GUIDE_TIERS), "0"),
				Arguments.of(PriceModel.WEIGHTED_TIERED, WEIGHTED_TIERED, "0"),
				Arguments.of(PriceModel.PACKAGE, PACKAGE, "0"), Arguments.of(PriceModel.OVERAGE, OVERAGE, "50"));
	}

	@Test
	void overageWithNoUsageChargesTheBasePriceAlone() {
		Charge charge = this.calculator.charge(OVERAGE, BigDecimal.ZERO);

		assertThat(charge.lines()).singleElement().satisfies((line) -> {
			assertThat(line.units()).isEqualByComparingTo("1");
			assertThat(line.amount()).isEqualByComparingTo("50");
			assertThat(line.description()).isEqualTo("base price, including 10000 units");
		});
	}

	@Test
	void packageWithNoUsageChargesNoBundles() {
		assertThat(this.calculator.charge(PACKAGE, BigDecimal.ZERO).bundles()).isEqualTo(BigInteger.ZERO);
	}

	@Test
	void overageBeyondTheAllowanceAddsALineForTheExtraUnits() {
		Charge charge = this.calculator.charge(OVERAGE, BigDecimal.valueOf(10002));

		assertThat(charge.lines()).extracting(ChargeLine::description)
			.containsExactly("base price, including 10000 units", "units beyond the 10000 included");
		assertThat(charge.lines().get(1).units()).isEqualByComparingTo("2");
		assertThat(charge.lines().get(1).amount()).isEqualByComparingTo("3");
	}

	@Test
	void tieredBreakdownNamesTheRangeOfEachTierItReaches() {
		Charge charge = this.calculator.charge(TIERED, BigDecimal.valueOf(12000));

		assertThat(charge.lines()).extracting(ChargeLine::description)
			.containsExactly("units up to 1000", "units above 1000 up to 10000", "units above 10000");
	}

	@Test
	void tieredBreakdownStopsAtTheTierTheUsageFallsIn() {
		Charge charge = this.calculator.charge(TIERED, BigDecimal.valueOf(1000));

		assertThat(charge.lines()).singleElement().satisfies((line) -> {
			assertThat(line.units()).isEqualByComparingTo("1000");
			assertThat(line.rate()).isEqualByComparingTo("5");
		});
	}

	@Test
	void tieredWithNoUsageShowsTheFirstTierWithNoUnits() {
		Charge charge = this.calculator.charge(TIERED, BigDecimal.ZERO);

		assertThat(charge.lines()).singleElement().satisfies((line) -> {
			assertThat(line.units()).isZero();
			assertThat(line.rate()).isEqualByComparingTo("5");
			assertThat(line.description()).isEqualTo("units up to 1000");
		});
	}

	@Test
	void fractionalUsagePastABoundIsChargedAtTheNextTier() {
		BigDecimal usage = new BigDecimal("1000.5");

		assertThat(this.calculator.charge(TIERED, usage).amount()).isEqualByComparingTo("5001.5");
		assertThat(this.calculator.charge(Price.of(PriceModel.VOLUME, null, GUIDE_TIERS), usage).amount())
			.isEqualByComparingTo("3001.5");
	}

	@Test
	void volumeChargesEveryUnitAtTheRateOfTheTierTheUsageFallsIn() {
		Charge charge = this.calculator.charge(Price.of(PriceModel.VOLUME, null, GUIDE_TIERS), BigDecimal.valueOf(5000));

		assertThat(charge.lines()).singleElement().satisfies((line) -> {
			assertThat(line.units()).isEqualByComparingTo("5000");
			assertThat(line.rate()).isEqualByComparingTo("3");
			assertThat(line.description())
				.isEqualTo("all units, at the rate of the tier for units above 1000 up to 10000");
		});
	}

	@Test
	void packageWithoutARoundingFlagRoundsAPartialBundleUp() {
		Price price = Price.of(PriceModel.PACKAGE, null, new PackageTiers(1000, new BigDecimal("500"), null));

		Charge charge = this.calculator.charge(price, BigDecimal.valueOf(1500));

		assertThat(charge.bundles()).isEqualTo(BigInteger.TWO);
		assertThat(charge.amount()).isEqualByComparingTo("1000");
	}

	@Test
	void aFractionOfABundleIsChargedAsAWholeOne() {
		assertThat(this.calculator.charge(PACKAGE, new BigDecimal("0.5")).bundles()).isEqualTo(BigInteger.ONE);
	}

	@Test
	void theAmountIsExactAndNeverRounded() {
		Price perToken = Price.of(PriceModel.PER_UNIT, new BigDecimal("0.000125"), null);

		Charge charge = this.calculator.charge(perToken, BigDecimal.valueOf(3));

		assertThat(charge.amount()).isEqualTo(new BigDecimal("0.000375"));
	}

	@Test
	void theChargeKeepsThePricesModelAndTheUsage() {
		Price perUnit = Price.of(PriceModel.PER_UNIT, new BigDecimal("0.25"), null);

		Charge charge = this.calculator.charge(perUnit, BigDecimal.valueOf(7));

		assertThat(charge.model()).isEqualTo(PriceModel.PER_UNIT);
		assertThat(charge.usage()).isEqualByComparingTo("7");
		assertThat(charge.amount()).isEqualByComparingTo("1.75");
	}

}
