package co.monigo.spring.boot.autoconfigure.metering.http;

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
class HttpMeteringStartupFailureTests {

	@Test
	void aBadRuleFailsStartupWithTheFailureAnalysisNamingTheRulesProperty(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatException().isThrownBy(() -> application.run("--spring.main.banner-mode=off",
				"--monigo.api-key=mk_test_startup_0001", "--monigo.base-url=http://127.0.0.1:1",
				"--monigo.metering.http.rules[0].path=/v1/**", "--monigo.metering.http.rules[0].event=api_call",
				"--monigo.metering.http.rules[1].path=/v2/**", "--monigo.metering.http.rules[1].event=v2_call",
				"--monigo.metering.http.rules[2].path=/v3/**/tail", "--monigo.metering.http.rules[2].event=v3_call"));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid Monigo configuration: monigo.metering.http.rules[2].path is '/v3/**/tail', "
					+ "not a valid path pattern")
			.contains("Fix monigo.metering.http.rules[2].path.");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

}
