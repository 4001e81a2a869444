package co.monigo.spring.boot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.monigo.metering.Metered;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain application with the starter, as a new user's first run: its startup log holds no WARN.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlainApplicationStartupLogTests {

	@Test
	void aPlainApplicationWithTheStarterStartsWithoutAnyWarning(CapturedOutput output) {
		SpringApplication application = new SpringApplication(PlainApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		String startupLog;
		try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off",
				"--monigo.api-key=mk_test_plain_0001", "--monigo.base-url=http://localhost:9")) {
			startupLog = output.getOut();
			assertThat(context.getBean(Searches.class)).isNotNull();
		}

		assertThat(startupLog).contains("Started ");
		assertThat(startupLog.lines().filter((line) -> line.matches("^\\S+\\s+WARN\\b.*"))).isEmpty();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class PlainApplication {

		@Bean
		Searches searches() {
			return new Searches();
		}

	}

	static class Searches {

		@Metered(value = "search", customer = "'cus_plain'")
		public String search(String query) {
			return query;
		}

	}

}
