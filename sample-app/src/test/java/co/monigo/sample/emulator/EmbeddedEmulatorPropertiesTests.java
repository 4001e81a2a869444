package co.monigo.sample.emulator;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedEmulatorPropertiesTests {

	private final EmbeddedEmulatorProperties postProcessor = new EmbeddedEmulatorProperties();

	@Test
	void withoutAnApiKeyWebhooksAreOnWithAMadeUpSecret() {
		MockEnvironment environment = new MockEnvironment().withProperty("monigo.api-key", "");

		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("monigo.webhooks.enabled")).isEqualTo("true");
		assertThat(environment.getProperty("monigo.webhooks.secret")).matches("whsec_[0-9a-f]{32}");
	}

	@Test
	void theApplicationsOwnSecretWins() {
		MockEnvironment environment = new MockEnvironment().withProperty("monigo.webhooks.secret", "whsec_mine");

		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("monigo.webhooks.secret")).isEqualTo("whsec_mine");
	}

	@Test
	void withAnApiKeyWebhooksAreLeftAsConfigured() {
		MockEnvironment environment = new MockEnvironment().withProperty("monigo.api-key", "mk_live_abc");

		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getPropertySources().contains(EmbeddedEmulatorProperties.PROPERTY_SOURCE_NAME))
			.isFalse();
		assertThat(environment.getProperty("monigo.webhooks.enabled")).isNull();
	}

}
