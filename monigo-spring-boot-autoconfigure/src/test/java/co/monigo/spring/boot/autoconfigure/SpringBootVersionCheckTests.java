package co.monigo.spring.boot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * On a Spring Boot older than the starter needs, the application stops at once and says which version
 * it found and which it needs (the old version is simulated).
 */
@ExtendWith(OutputCaptureExtension.class)
class SpringBootVersionCheckTests {

	@Test
	void onSpringBoot35TheApplicationFailsNamingTheVersionFoundAndTheVersionNeeded(CapturedOutput output) {
		SpringApplication application = application();
		application.addListeners(new SpringBootVersionCheck(() -> "3.5.7"));

		assertThatExceptionOfType(UnsupportedSpringBootVersionException.class)
			.isThrownBy(() -> application.run("--spring.main.banner-mode=off"));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The Monigo Spring Boot starter needs Spring Boot 4.1 or later, and this application runs on "
					+ "Spring Boot 3.5.7.")
			.contains("Upgrade the application to Spring Boot 4.1 or later");
	}

	@Test
	void theCheckIsRegisteredSoTheRunningSpringBootPassesIt() {
		try (ConfigurableApplicationContext context = application().run("--spring.main.banner-mode=off",
				"--monigo.enabled=false")) {
			assertThat(SpringBootVersion.getVersion()).startsWith("4.");
			assertThat(context.isActive()).isTrue();
		}
		assertThat(new SpringApplication().getListeners()).hasAtLeastOneElementOfType(SpringBootVersionCheck.class);
	}

	@Test
	void versionsFromTheRequiredOneOnPassAndOlderOnesDoNot() {
		assertThat(SpringBootVersionCheck.isOlderThanRequired("3.5.7")).isTrue();
		assertThat(SpringBootVersionCheck.isOlderThanRequired("4.0.3")).isTrue();
		assertThat(SpringBootVersionCheck.isOlderThanRequired("4.1.0")).isFalse();
		assertThat(SpringBootVersionCheck.isOlderThanRequired("4.1.0-SNAPSHOT")).isFalse();
		assertThat(SpringBootVersionCheck.isOlderThanRequired("4.2.0-M1")).isFalse();
		assertThat(SpringBootVersionCheck.isOlderThanRequired("5.0.0")).isFalse();
		assertThat(SpringBootVersionCheck.isOlderThanRequired("unknown")).isFalse();
	}

	private static SpringApplication application() {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

}
