package co.monigo.spring.boot.autoconfigure.webhook;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MonigoWebhookMetadataTests {

	@Test
	void theWebhookPropertiesAreDescribedWithTheirDefaults() throws Exception {
		Map<String, String> defaults = new HashMap<>();
		Map<String, String> descriptions = new HashMap<>();
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			JsonNode metadata = JsonMapper.builder().build().readTree(in);
			metadata.get("properties").forEach((property) -> {
				defaults.put(property.get("name").asString(), property.path("defaultValue").asString(null));
				descriptions.put(property.get("name").asString(), property.path("description").asString(""));
			});
		}

		assertThat(defaults).containsEntry("monigo.webhooks.enabled", "false")
			.containsEntry("monigo.webhooks.path", "/monigo/webhooks")
			.containsEntry("monigo.webhooks.max-body-size", "256KB")
			.containsEntry("monigo.webhooks.handled-event-retention", "24h")
			.containsEntry("monigo.webhooks.max-handled-events", "100000")
			.containsKey("monigo.webhooks.secret");
		assertThat(descriptions.get("monigo.webhooks.secret")).contains("MONIGO_WEBHOOK_SECRET");
	}

}
