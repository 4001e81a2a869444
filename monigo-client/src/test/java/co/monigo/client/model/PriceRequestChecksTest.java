package co.monigo.client.model;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PriceRequestChecksTest {

	@Test
	void tiersOfTheWrongShapeForTheModelAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreatePriceRequest.of("met_1", PriceModel.TIERED)
				.withTiers(new PackageTiers(1000, new BigDecimal("500.00"), null)))
			.withMessage("tiers of model tiered must be GraduatedTiers, was PackageTiers");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreatePriceRequest.of("met_1", PriceModel.OVERAGE)
				.withTiers(GraduatedTiers.of(Tier.rest("1.00"))))
			.withMessage("tiers of model overage must be OverageTiers, was GraduatedTiers");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UpdatePriceRequest.change("price_1")
				.withModel(PriceModel.FLAT_UNIT)
				.withTiers(GraduatedTiers.of(Tier.rest("1.00"))))
			.withMessage("tiers must be absent for model flat_unit: use unit_price");
	}

	@Test
	void graduatedTiersMustRiseAndEndWithAnOpenTier() {
		CreatePriceRequest tiered = CreatePriceRequest.of("met_1", PriceModel.TIERED);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> tiered.withTiers(GraduatedTiers.of(Tier.upTo(1000, "5.00"), Tier.upTo(2000, "1.00"))))
			.withMessage("tiers[1].up_to must be null: the last tier takes all remaining units");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> tiered.withTiers(GraduatedTiers.of(Tier.rest("5.00"), Tier.rest("1.00"))))
			.withMessage("tiers[0].up_to is required: only the last tier is open");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> tiered.withTiers(
					GraduatedTiers.of(Tier.upTo(1000, "5.00"), Tier.upTo(1000, "3.00"), Tier.rest("1.00"))))
			.withMessage("tiers[1].up_to must be positive and greater than the tier before, was 1000");
		assertThatIllegalArgumentException().isThrownBy(() -> tiered.withTiers(GraduatedTiers.of()))
			.withMessage("tiers must not be empty");
		assertThat(tiered.withTiers(GraduatedTiers.of(Tier.upTo(1000, "5.00"), Tier.rest("1.00"))).tiers())
			.isInstanceOf(GraduatedTiers.class);
	}

	@Test
	void negativeAmountsAndEmptyPackagesAreRefusedNamingTheField() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreatePriceRequest.of("met_1", PriceModel.FLAT_UNIT).withUnitPrice(new BigDecimal("-1")))
			.withMessage("unit_price must not be negative, was -1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreatePriceRequest.of("met_1", PriceModel.PACKAGE)
				.withTiers(new PackageTiers(0, new BigDecimal("500.00"), true)))
			.withMessage("tiers.package_size must be positive, was 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreatePriceRequest.of("met_1", PriceModel.OVERAGE)
				.withTiers(new OverageTiers(100, new BigDecimal("0.00"), new BigDecimal("-1.50"))))
			.withMessage("tiers.overage_price must not be negative, was -1.50");
	}

	@Test
	void aPriceNeedsAMetricAndAKnownModel() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreatePriceRequest.of(" ", PriceModel.TIERED))
			.withMessage("metric_id is required and must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> CreatePriceRequest.of("met_1", PriceModel.UNKNOWN))
			.withMessage("model must be a value the API knows, not UNKNOWN");
		assertThatIllegalArgumentException().isThrownBy(() -> CreatePlanRequest.of(""))
			.withMessage("name is required and must not be blank");
	}

}
