package co.monigo.spring.boot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class MonigoStartupFailureTests {

	@Test
	void anApplicationWithoutAKeyFailsToStartWithTheFailureAnalysisPrinted(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatException().isThrownBy(() -> application.run("--spring.main.banner-mode=off"));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid Monigo configuration: monigo.api-key is not set")
			.contains("MONIGO_API_KEY")
			.contains("monigo.enabled=false");
	}

	@Test
	void aBadMeteringPropertyFailsStartupWithTheFailureAnalysisNamingIt(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatException().isThrownBy(() -> application.run("--spring.main.banner-mode=off",
				"--monigo.api-key=mk_test_startup_0001", "--monigo.metering.batch-size=5000"));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid Monigo configuration: monigo.metering.batch-size must be at most 1000, was 5000")
			.contains("Set monigo.metering.batch-size to a value the rule above allows");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

}
