package co.monigo.sample.emulator;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.spring.boot.autoconfigure.webhook.MonigoWebhookProperties;
import co.monigo.test.emulator.MonigoEmulator;

/**
 * With the embedded emulator, has it post its webhooks to this application: a signing secret made up
 * at startup (so none needs configuring), and the endpoint registered once the web server listens.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMonigoApiKeyCondition.class)
public class EmbeddedEmulatorWebhooks {

	private final String secret = "whsec_" + HexFormat.of().formatHex(randomBytes(16));

	/** Replaces the starter's verifier, which would need {@code monigo.webhooks.secret}. */
	@Bean
	WebhookVerifier monigoWebhookVerifier() {
		return WebhookVerifier.of(this.secret);
	}

	@Bean
	ApplicationListener<WebServerInitializedEvent> emulatorWebhookRegistration(MonigoEmulator emulator,
			MonigoWebhookProperties webhooks) {
		return (event) -> emulator.webhooks()
			.register("http://127.0.0.1:" + event.getWebServer().getPort() + webhooks.getPath(), this.secret);
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
