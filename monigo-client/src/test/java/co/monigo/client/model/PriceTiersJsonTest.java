package co.monigo.client.model;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import co.monigo.client.internal.MonigoJson;

import static org.assertj.core.api.Assertions.assertThat;

class PriceTiersJsonTest {

	private final JsonMapper mapper = MonigoJson.mapper();

	@Test
	void graduatedTiersRoundTripWithTheScaleOfEachAmountAndAnExplicitNullLastUpTo() {
		PriceTiers tiers = GraduatedTiers.of(Tier.upTo(1000, "5.000000"), Tier.upTo(10000, "3.50"),
				Tier.rest("1.000000"));

		String json = this.mapper.writeValueAsString(tiers);
		PriceTiers read = this.mapper.readValue(json, PriceTiers.class);

		assertThat(json).isEqualTo("[{\"up_to\":1000,\"unit_amount\":\"5.000000\"},"
				+ "{\"up_to\":10000,\"unit_amount\":\"3.50\"},{\"up_to\":null,\"unit_amount\":\"1.000000\"}]");
		assertThat(read).isEqualTo(tiers);
		assertThat(((GraduatedTiers) read).tiers()).extracting((tier) -> tier.unitAmount().toPlainString())
			.containsExactly("5.000000", "3.50", "1.000000");
	}

	@Test
	void packageTiersRoundTripWithTheScaleOfThePackagePrice() {
		PriceTiers tiers = new PackageTiers(1000, new BigDecimal("500.000000"), false);

		String json = this.mapper.writeValueAsString(tiers);
		PriceTiers read = this.mapper.readValue(json, PriceTiers.class);

		assertThat(json).isEqualTo(
				"{\"package_size\":1000,\"package_price\":\"500.000000\",\"round_up_partial_block\":false}");
		assertThat(read).isEqualTo(tiers);
		assertThat(((PackageTiers) read).packagePrice().toPlainString()).isEqualTo("500.000000");
	}

	@Test
	void packageTiersWithoutARoundingChoiceRoundTripAndStillRoundUp() {
		PriceTiers tiers = new PackageTiers(50, new BigDecimal("20.00"), null);

		PriceTiers read = this.mapper.readValue(this.mapper.writeValueAsString(tiers), PriceTiers.class);

		assertThat(read).isEqualTo(tiers);
		assertThat(((PackageTiers) read).roundsUp()).isTrue();
	}

	@Test
	void overageTiersRoundTripWithTheScaleOfEachPrice() {
		PriceTiers tiers = new OverageTiers(10000, new BigDecimal("0.000000"), new BigDecimal("1.50"));

		String json = this.mapper.writeValueAsString(tiers);
		PriceTiers read = this.mapper.readValue(json, PriceTiers.class);

		assertThat(json)
			.isEqualTo("{\"included_units\":10000,\"base_price\":\"0.000000\",\"overage_price\":\"1.50\"}");
		assertThat(read).isEqualTo(tiers);
		OverageTiers overage = (OverageTiers) read;
		assertThat(overage.basePrice().toPlainString()).isEqualTo("0.000000");
		assertThat(overage.overagePrice().toPlainString()).isEqualTo("1.50");
	}

}
