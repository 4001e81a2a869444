package co.monigo.spring.boot.autoconfigure.webhook;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class MonigoWebhookPropertiesTests {

	private final MonigoWebhookProperties properties = new MonigoWebhookProperties();

	@Test
	void defaultsAreOffAtTheUsualPathWithAModestBodyLimitAndRetentionBeyondMonigosRetries() {
		assertThat(this.properties.isEnabled()).isFalse();
		assertThat(this.properties.getPath()).isEqualTo("/monigo/webhooks");
		assertThat(this.properties.getSecret()).isNull();
		assertThat(this.properties.getMaxBodySize()).isEqualTo(DataSize.ofKilobytes(256));
		assertThat(this.properties.getHandledEventRetention()).isEqualTo(Duration.ofHours(24))
			.isGreaterThan(Duration.ofHours(11));
		assertThat(this.properties.getMaxHandledEvents()).isEqualTo(100_000);
	}

	@Test
	void toStringNeverShowsTheSecret() {
		this.properties.setSecret("whsec_do_not_show");

		assertThat(this.properties).asString().doesNotContain("whsec_do_not_show");
	}

}
