package co.monigo.spring.boot.autoconfigure.actuate;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health indicator's properties are in the configuration metadata, so an IDE completes and
 * explains them.
 */
class MonigoHealthMetadataTests {

	private static Map<String, JsonNode> properties() throws Exception {
		try (InputStream in = MonigoHealthMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated configuration metadata").isNotNull();
			Map<String, JsonNode> properties = new HashMap<>();
			JsonMapper.builder().build().readTree(in).get("properties")
				.forEach((property) -> properties.put(property.get("name").asString(), property));
			return properties;
		}
	}

	@Test
	void theSwitchOfTheHealthIndicatorIsDescribedAndOnByDefault() throws Exception {
		JsonNode enabled = properties().get("management.health.monigo.enabled");

		assertThat(enabled).as("management.health.monigo.enabled").isNotNull();
		assertThat(enabled.path("description").asString()).startsWith("Whether to enable the monigo health");
		assertThat(enabled.path("defaultValue").asBoolean()).isTrue();
	}

	@Test
	void theOptInToLetMonigoCountInTheAggregateHealthIsDescribedAndOffByDefault() throws Exception {
		JsonNode downWhenPaused = properties().get("management.health.monigo.down-when-paused");

		assertThat(downWhenPaused).as("management.health.monigo.down-when-paused").isNotNull();
		assertThat(downWhenPaused.path("description").asString()).startsWith("Whether the monigo health indicator");
		assertThat(downWhenPaused.path("defaultValue").asBoolean(true)).isFalse();
	}

}
