package co.monigo.spring.boot.autoconfigure;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MonigoConfigurationMetadataTests {

	private static JsonNode metadata() throws Exception {
		try (InputStream in = MonigoConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated configuration metadata").isNotNull();
			return JsonMapper.builder().build().readTree(in);
		}
	}

	@Test
	void everyMonigoPropertyHasADescription() throws Exception {
		List<JsonNode> properties = metadata().get("properties").valueStream()
			.filter((property) -> property.get("name").asString().startsWith("monigo."))
			.toList();

		assertThat(properties).isNotEmpty();
		assertThat(properties).allSatisfy((property) -> assertThat(property.path("description").asString())
			.as(property.get("name").asString())
			.isNotBlank());
	}

	@Test
	void theClientPropertiesAreDescribedWithTheirDefaults() throws Exception {
		Map<String, String> defaults = Map.of("monigo.enabled", "true", "monigo.base-url", "https://api.monigo.co",
				"monigo.timeout", "30s", "monigo.connect-timeout", "10s", "monigo.retry.max-retries", "2",
				"monigo.retry.initial-backoff", "500ms", "monigo.retry.max-backoff", "10s");
		Map<String, String> described = new java.util.HashMap<>();
		metadata().get("properties")
			.forEach((property) -> described.put(property.get("name").asString(),
					property.path("defaultValue").asString(null)));

		assertThat(described).containsKey("monigo.api-key").containsAllEntriesOf(defaults);
	}

	@Test
	void theMeteringPropertiesAreDescribedWithTheirDefaults() throws Exception {
		Map<String, String> defaults = Map.ofEntries(Map.entry("monigo.metering.enabled", "true"),
				Map.entry("monigo.metering.capacity", "10000"), Map.entry("monigo.metering.batch-size", "1000"),
				Map.entry("monigo.metering.linger", "1s"), Map.entry("monigo.metering.max-in-flight", "32"),
				Map.entry("monigo.metering.overflow-policy", "drop-new"),
				Map.entry("monigo.metering.overflow-block-timeout", "100ms"),
				Map.entry("monigo.metering.retry.initial-backoff", "1s"),
				Map.entry("monigo.metering.retry.max-backoff", "5s"),
				Map.entry("monigo.metering.retry.multiplier", "2"), Map.entry("monigo.metering.retry.jitter", "0.5"),
				Map.entry("monigo.metering.paused-retry-interval", "30s"),
				Map.entry("monigo.metering.circuit-breaker.failure-rate", "50"),
				Map.entry("monigo.metering.circuit-breaker.open-duration", "5s"),
				Map.entry("monigo.metering.shutdown-timeout", "10s"));
		Map<String, String> described = new java.util.HashMap<>();
		metadata().get("properties")
			.forEach((property) -> described.put(property.get("name").asString(),
					property.path("defaultValue").asString(null)));

		assertThat(described).containsAllEntriesOf(defaults);
	}

}
