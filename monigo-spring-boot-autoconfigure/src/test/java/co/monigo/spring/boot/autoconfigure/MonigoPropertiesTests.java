package co.monigo.spring.boot.autoconfigure;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import co.monigo.client.MonigoClient;
import co.monigo.client.RetrySettings;

import static org.assertj.core.api.Assertions.assertThat;

class MonigoPropertiesTests {

	private final MonigoProperties properties = new MonigoProperties();

	@Test
	void defaultsMatchTheClientsDefaults() {
		assertThat(this.properties.isEnabled()).isTrue();
		assertThat(this.properties.getApiKey()).isNull();
		assertThat(this.properties.getBaseUrl()).isEqualTo(MonigoClient.DEFAULT_BASE_URL);
		assertThat(this.properties.getTimeout()).isEqualTo(MonigoClient.DEFAULT_TIMEOUT).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.properties.getConnectTimeout()).isEqualTo(MonigoClient.DEFAULT_CONNECT_TIMEOUT);
	}

	@Test
	void retryDefaultsMatchTheClientsDefaults() {
		MonigoProperties.Retry retry = this.properties.getRetry();
		RetrySettings defaults = RetrySettings.DEFAULT;
		assertThat(retry.getMaxRetries()).isEqualTo(defaults.maxRetries()).isEqualTo(2);
		assertThat(retry.getInitialBackoff()).isEqualTo(defaults.initialBackoff());
		assertThat(retry.getMaxBackoff()).isEqualTo(defaults.maxBackoff());
		assertThat(retry.getMultiplier()).isEqualTo(defaults.multiplier());
		assertThat(retry.getJitter()).isEqualTo(defaults.jitter());
	}

}
