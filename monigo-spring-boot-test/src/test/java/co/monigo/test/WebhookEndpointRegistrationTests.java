package co.monigo.test;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookEndpointRegistrationTests {

	private final MonigoEmulator emulator = MonigoEmulator.start();

	private final MockEnvironment environment = new MockEnvironment()
		.withProperty("monigo.webhooks.enabled", "true")
		.withProperty("monigo.webhooks.secret", "whsec_app")
		.withProperty("local.server.port", "8123");

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void registersTheApplicationsEndpointOnItsOwnPortAtTheDefaultPath() {
		WebhookEndpointRegistration.registerApplication(this.emulator, this.environment);

		assertThat(this.emulator.webhooks().endpointUrls()).containsExactly("http://127.0.0.1:8123/monigo/webhooks");
	}

	@Test
	void followsTheConfiguredPathAndContextPath() {
		this.environment.withProperty("monigo.webhooks.path", "/hooks").withProperty("server.servlet.context-path", "/api/");

		WebhookEndpointRegistration.registerApplication(this.emulator, this.environment);

		assertThat(this.emulator.webhooks().endpointUrls()).containsExactly("http://127.0.0.1:8123/api/hooks");
	}

	@Test
	void registersNothingWhenTheApplicationDoesNotReceiveWebhooksOrServesNoPort() {
		WebhookEndpointRegistration.registerApplication(this.emulator,
				new MockEnvironment().withProperty("local.server.port", "8123"));
		WebhookEndpointRegistration.registerApplication(this.emulator,
				new MockEnvironment().withProperty("monigo.webhooks.enabled", "true")
					.withProperty("monigo.webhooks.secret", "whsec_app"));

		assertThat(this.emulator.webhooks().endpointUrls()).isEmpty();
	}

}
