package co.monigo.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.GraduatedTiers;
import co.monigo.client.model.OverageTiers;
import co.monigo.client.model.PackageTiers;
import co.monigo.client.model.Price;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.PriceTiers;
import co.monigo.client.model.Tier;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PriceValidatorTest {

	private static final GraduatedTiers GUIDE_TIERS = GraduatedTiers.of(Tier.upTo(1000, "5"), Tier.upTo(10000, "3"),
			Tier.rest("1"));

	private static final PackageTiers PACKAGE = new PackageTiers(1000, new BigDecimal("500"), true);

	private static final OverageTiers OVERAGE = new OverageTiers(10000, BigDecimal.ZERO, new BigDecimal("1.5"));

	private final PriceValidator validator = new PriceValidator();

	@Test
	void aPriceOfEveryKnownModelIsAccepted() {
		List<Price> prices = List.of(Price.of(PriceModel.FLAT_UNIT, BigDecimal.ONE, null),
				Price.of(PriceModel.PER_UNIT, BigDecimal.ZERO, null), Price.of(PriceModel.TIERED, null, GUIDE_TIERS),
				Price.of(PriceModel.VOLUME, null, GUIDE_TIERS), Price.of(PriceModel.WEIGHTED_TIERED, null, GUIDE_TIERS),
				Price.of(PriceModel.PACKAGE, null, PACKAGE), Price.of(PriceModel.OVERAGE, null, OVERAGE));

		prices.forEach((price) -> assertThatNoException().isThrownBy(() -> this.validator.validate(price)));
	}

	@Test
	void theTiersOfAFlatPriceAreIgnored() {
		assertThatNoException()
			.isThrownBy(() -> this.validator.validate(Price.of(PriceModel.FLAT_UNIT, BigDecimal.ONE, PACKAGE)));
	}

	@Test
	void anUnknownModelIsRefusedListingTheKnownOnes() {
		assertRefused(Price.of(PriceModel.UNKNOWN, BigDecimal.ONE, null),
				"Invalid price: its model is unknown to this client; expected one of "
						+ "flat_unit, per_unit, tiered, volume, package, overage, weighted_tiered");
	}

	@Test
	void aPriceWithoutAModelIsRefused() {
		Price price = MonigoJson.mapper().readValue("{\"unit_price\": \"1.00\"}", Price.class);

		assertRefused(price, "Invalid price: model is required");
	}

	@ParameterizedTest
	@EnumSource(names = { "TIERED", "VOLUME", "WEIGHTED_TIERED" })
	void aGraduatedModelWithoutTiersIsRefused(PriceModel model) {
		assertRefused(Price.of(model, null, null), "tiers must be an array of {up_to, unit_amount}, but they are missing");
	}

	@Test
	void tieredWithAPackageIsRefusedAsTheWrongShape() {
		assertRefused(Price.of(PriceModel.TIERED, null, PACKAGE),
				"Invalid tiered price: tiers must be an array of {up_to, unit_amount}, but they are a package");
	}

	@Test
	void aPackageWithGraduatedTiersIsRefusedAsTheWrongShape() {
		assertRefused(Price.of(PriceModel.PACKAGE, null, GUIDE_TIERS),
				"Invalid package price: tiers must be a package {package_size, package_price, round_up_partial_block},"
						+ " but they are an array of tiers");
	}

	@Test
	void anOverageWithoutTiersIsRefused() {
		assertRefused(Price.of(PriceModel.OVERAGE, null, null),
				"Invalid overage price: tiers must be an overage {included_units, base_price, overage_price},"
						+ " but they are missing");
	}

	@Test
	void anOverageWithAPackageIsRefusedAsTheWrongShape() {
		assertRefused(Price.of(PriceModel.OVERAGE, null, PACKAGE), "but they are a package");
	}

	@Test
	void anEmptyTierListIsRefused() {
		assertRefused(Price.of(PriceModel.VOLUME, null, new GraduatedTiers(List.of())),
				"Invalid volume price: tiers must hold at least one tier");
	}

	@Test
	void anOpenEndedTierBeforeTheLastIsRefused() {
		GraduatedTiers tiers = GraduatedTiers.of(Tier.rest("5"), Tier.rest("3"));

		assertRefused(Price.of(PriceModel.TIERED, null, tiers),
				"tiers[0].up_to is missing: only the last tier may be open-ended");
	}

	@Test
	void aFirstBoundOfZeroIsRefused() {
		GraduatedTiers tiers = GraduatedTiers.of(Tier.upTo(0, "5"), Tier.rest("3"));

		assertRefused(Price.of(PriceModel.TIERED, null, tiers), "tiers[0].up_to must be positive, was 0");
	}

	@Test
	void anEqualBoundIsRefusedAsNotIncreasing() {
		GraduatedTiers tiers = GraduatedTiers.of(Tier.upTo(1000, "5"), Tier.upTo(1000, "3"), Tier.rest("1"));

		assertRefused(Price.of(PriceModel.TIERED, null, tiers),
				"tiers[1].up_to (1000) is not greater than tiers[0].up_to (1000)");
	}

	@Test
	void aTierWithoutAUnitAmountIsRefused() {
		PriceTiers tiers = MonigoJson.mapper().readValue("[{\"up_to\": null}]", PriceTiers.class);

		assertRefused(Price.of(PriceModel.TIERED, null, tiers), "tiers[0].unit_amount is required");
	}

	@Test
	void aPackageWithoutAPriceIsRefused() {
		PriceTiers tiers = MonigoJson.mapper().readValue("{\"package_size\": 10}", PriceTiers.class);

		assertRefused(Price.of(PriceModel.PACKAGE, null, tiers), "Invalid package price: package_price is required");
	}

	@Test
	void aNegativePackageSizeIsRefused() {
		assertRefused(Price.of(PriceModel.PACKAGE, null, new PackageTiers(-5, BigDecimal.ONE, null)),
				"package_size must be positive, was -5");
	}

	@Test
	void negativeIncludedUnitsAreRefused() {
		assertRefused(Price.of(PriceModel.OVERAGE, null, new OverageTiers(-1, BigDecimal.ZERO, BigDecimal.ONE)),
				"included_units must not be negative, was -1");
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("pricesWithOneNegativePrice")
	void aNegativePriceIsRefusedNamingWhichOne(Price price, String field) {
		assertRefused(price, field + " must not be negative, was -1");
	}

	static Stream<Arguments> pricesWithOneNegativePrice() {
		BigDecimal negative = BigDecimal.ONE.negate();
		return Stream.of(Arguments.of(Price.of(PriceModel.PER_UNIT, negative, null), "unit_price"),
				Arguments.of(Price.of(PriceModel.TIERED, negative, GUIDE_TIERS), "unit_price"),
				Arguments.of(Price.of(PriceModel.TIERED, null,
						GraduatedTiers.of(Tier.upTo(1000, "5"), Tier.rest("-1"))), "tiers[1].unit_amount"),
				Arguments.of(Price.of(PriceModel.PACKAGE, null, new PackageTiers(1000, negative, true)),
						"package_price"),
				Arguments.of(Price.of(PriceModel.OVERAGE, null, new OverageTiers(0, negative, BigDecimal.ONE)),
						"base_price"),
				Arguments.of(Price.of(PriceModel.OVERAGE, null, new OverageTiers(0, BigDecimal.ZERO, negative)),
						"overage_price"));
	}

	private void assertRefused(Price price, String problem) {
		assertThatExceptionOfType(InvalidPriceException.class).isThrownBy(() -> this.validator.validate(price))
			.withMessageContaining(problem);
	}

}
