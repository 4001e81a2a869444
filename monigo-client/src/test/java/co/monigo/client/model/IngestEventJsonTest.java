package co.monigo.client.model;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import co.monigo.client.internal.MonigoJson;

import static org.assertj.core.api.Assertions.assertThat;

class IngestEventJsonTest {

	@Test
	void quantitiesInPropertiesAreWrittenAsExactJsonNumbers() {
		IngestEvent event = IngestEvent.of("tokens_used", "cus_1")
			.withIdempotencyKey("k1")
			.withTimestamp(Instant.parse("2026-02-01T10:00:00Z"))
			.withProperty("tokens", new BigDecimal("1500.50"))
			.withProperty("calls", 3)
			.withProperty("model", "large");

		String json = new String(MonigoJson.write(event), java.nio.charset.StandardCharsets.UTF_8);

		assertThat(json).contains("\"tokens\":1500.50").contains("\"calls\":3").contains("\"model\":\"large\"")
			.contains("\"timestamp\":\"2026-02-01T10:00:00Z\"");
	}

	@Test
	void moneyElsewhereStaysADecimalString() {
		String json = new String(MonigoJson.write(Tier.upTo(1000, "5.000000")), java.nio.charset.StandardCharsets.UTF_8);

		assertThat(json).contains("\"unit_amount\":\"5.000000\"");
	}

}
