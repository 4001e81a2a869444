package co.monigo.sample.emulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import co.monigo.spring.boot.autoconfigure.MonigoConnectionDetails;
import co.monigo.test.emulator.MonigoEmulator;

/**
 * With no Monigo API key, starts a {@link MonigoEmulator} in the application and points the starter at
 * it (through {@link MonigoConnectionDetails}, which wins over the {@code monigo.*} properties), so the
 * application runs with no account and no network. The emulator stops with the application.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMonigoApiKeyCondition.class)
public class EmbeddedMonigoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMonigoConfiguration.class);

	@Bean(destroyMethod = "close")
	MonigoEmulator monigoEmulator() {
		MonigoEmulator emulator = MonigoEmulator.start();
		logger.info("No MONIGO_API_KEY set: using the embedded Monigo emulator at {}", emulator.baseUrl());
		return emulator;
	}

	@Bean
	MonigoConnectionDetails monigoConnectionDetails(MonigoEmulator emulator) {
		return new EmulatorConnectionDetails(emulator.baseUrl());
	}

}
