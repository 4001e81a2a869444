package co.monigo.sample.emulator;

import java.net.ConnectException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;

import co.monigo.client.MonigoClient;
import co.monigo.client.core.KeyMode;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedMonigoConfigurationTests {

	/** Without the process's environment, so a MONIGO_API_KEY set on this machine can't interfere. */
	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
		.withConfiguration(AutoConfigurations.of(MonigoAutoConfiguration.class))
		.withUserConfiguration(EmbeddedMonigoConfiguration.class);

	@Test
	void withoutAnApiKeyTheClientTalksToTheEmbeddedEmulatorWithATestKey() {
		this.contextRunner.run((context) -> {
			MonigoClient client = context.getBean(MonigoClient.class);
			assertThat(client.baseUrl()).isEqualTo(context.getBean(MonigoEmulator.class).baseUrl());
			assertThat(client.keyMode()).isEqualTo(KeyMode.TEST);
			assertThat(client.customers().list().collectList().block()).isEmpty();
		});
	}

	@Test
	void aBlankApiKeyCountsAsNone() {
		this.contextRunner.withPropertyValues("monigo.api-key= ")
			.run((context) -> assertThat(context).hasSingleBean(MonigoEmulator.class));
	}

	@Test
	void withAnApiKeyTheClientTalksToTheConfiguredMonigoAndNoEmulatorStarts() {
		this.contextRunner
			.withPropertyValues("monigo.api-key=mk_live_abc", "monigo.base-url=https://monigo.example.com")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(MonigoEmulator.class);
				assertThat(context.getBean(MonigoClient.class).baseUrl()).isEqualTo("https://monigo.example.com");
				assertThat(context.getBean(MonigoClient.class).keyMode()).isEqualTo(KeyMode.LIVE);
			});
	}

	@Test
	void theEmulatorStopsWithTheApplication() {
		AtomicInteger port = new AtomicInteger();

		this.contextRunner.run((context) -> port.set(context.getBean(MonigoEmulator.class).port()));

		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> new Socket("127.0.0.1", port.get()).close());
	}

}
