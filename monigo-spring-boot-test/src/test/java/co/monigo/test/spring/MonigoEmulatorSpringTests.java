package co.monigo.test.spring;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.test.MonigoEmulatorTest;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;

@SpringJUnitConfig(MonigoEmulatorSpringTests.Config.class)
@TestPropertySource(properties = { "monigo.base-url=https://api.monigo.co", "monigo.api-key=mk_live_from_the_app" })
@MonigoEmulatorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonigoEmulatorSpringTests {

	@Autowired
	Environment environment;

	@Autowired
	MonigoEmulator emulator;

	@Autowired
	MonigoClient applicationClient;

	@Test
	@Order(1)
	void pointsTheMonigoPropertiesAtTheEmulatorOverTheApplicationsOwn() {
		assertThat(this.environment.getProperty("monigo.base-url")).isEqualTo(this.emulator.baseUrl());
		assertThat(this.environment.getProperty("monigo.api-key")).isEqualTo(MonigoEmulator.TEST_API_KEY);
	}

	@Test
	@Order(2)
	void applicationTalksToTheEmulatorThatIsInjectedAsParameterAndBean(MonigoEmulator injected) {
		this.applicationClient.customers().create(CreateCustomerRequest.of("ada", "Ada")).block();

		assertThat(injected).isSameAs(this.emulator);
		assertThat(injected.received().requests("POST", "/v1/customers")).hasSize(1);
	}

	@Test
	@Order(3)
	void emulatorIsResetBeforeEachTest() {
		assertThat(this.emulator.received().requestCount()).isZero();
		assertThat(this.applicationClient.customers().list().collectList().block()).isEmpty();
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

		/** What an application does with the properties (the auto-configuration, in a Boot app). */
		@Bean
		MonigoClient monigoClient(Environment environment) {
			return MonigoClient.builder()
				.apiKey(environment.getRequiredProperty("monigo.api-key"))
				.baseUrl(environment.getRequiredProperty("monigo.base-url"))
				.build();
		}

	}

}
