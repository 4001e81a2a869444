package co.monigo.sample.emulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import co.monigo.spring.boot.autoconfigure.webhook.MonigoWebhookProperties;
import co.monigo.test.emulator.MonigoEmulator;

/**
 * With the embedded emulator, has it post its webhooks to this application, signed with the secret of
 * {@link EmbeddedEmulatorProperties}, once the web server listens.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMonigoApiKeyCondition.class)
@ConditionalOnBooleanProperty("monigo.webhooks.enabled")
public class EmbeddedEmulatorWebhooks {

	@Bean
	ApplicationListener<WebServerInitializedEvent> emulatorWebhookRegistration(MonigoEmulator emulator,
			MonigoWebhookProperties webhooks) {
		return (event) -> emulator.webhooks()
			.register("http://127.0.0.1:" + event.getWebServer().getPort() + webhooks.getPath(),
					String.valueOf(webhooks.getSecret()));
	}

}
