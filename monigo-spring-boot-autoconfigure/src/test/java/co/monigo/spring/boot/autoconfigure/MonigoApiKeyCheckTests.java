package co.monigo.spring.boot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import co.monigo.client.MonigoClient;
import co.monigo.client.core.KeyMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The API key as the application gives it: an unresolved placeholder fails like a missing key, a key
 * of no known prefix starts with one WARN that never shows it.
 */
@ExtendWith(OutputCaptureExtension.class)
class MonigoApiKeyCheckTests {

	/** A variable no machine running these tests sets. */
	private static final String UNSET_VARIABLE = "MONIGO_API_KEY_NEVER_SET_4711";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoAutoConfiguration.class));

	@Test
	void whenTheKeyIsAnUnresolvedPlaceholderThenStartupFailsNamingThePropertyAndTheVariable() {
		this.contextRunner.withPropertyValues("monigo.api-key=${" + UNSET_VARIABLE + "}").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new MonigoConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("monigo.api-key",
					"unresolved placeholder ${" + UNSET_VARIABLE + "}");
			assertThat(analysis.getAction()).contains("Set " + UNSET_VARIABLE, "monigo.enabled=false");
		});
	}

	@Test
	void whenThePlaceholderHasADefaultThatIsUnresolvedTooThenStartupFails() {
		this.contextRunner.withPropertyValues("monigo.api-key=mk_test_${" + UNSET_VARIABLE + "}")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasRootCauseInstanceOf(InvalidMonigoConfigurationException.class)
				.rootCause()
				.hasMessageContaining("unresolved placeholder"));
	}

	@Test
	void anApplicationWhoseKeyVariableIsUnsetFailsToStartWithTheFailureAnalysisPrinted(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatException().isThrownBy(() -> application.run("--spring.main.banner-mode=off",
				"--monigo.api-key=${" + UNSET_VARIABLE + "}"));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid Monigo configuration: monigo.api-key is the unresolved placeholder ${" + UNSET_VARIABLE
					+ "} (" + UNSET_VARIABLE + " is not set)");
	}

	@Test
	void whenTheKeyHasNoKnownPrefixThenTheApplicationStartsWithOneWarningThatDoesNotShowTheKey(
			CapturedOutput output) {
		this.contextRunner.withPropertyValues("monigo.api-key=sk_secret_4711").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(MonigoClient.class).keyMode()).isEqualTo(KeyMode.UNKNOWN);
		});

		assertThat(output.getOut().lines().filter((line) -> line.contains("WARN"))).singleElement()
			.asString()
			.contains("monigo.api-key starts with neither mk_test_ nor mk_live_");
		assertThat(output).doesNotContain("sk_secret_4711");
	}

	@Test
	void whenTheKeyIsATestKeyThenNothingIsWarned(CapturedOutput output) {
		this.contextRunner.withPropertyValues("monigo.api-key=mk_test_check_0001")
			.run((context) -> assertThat(context).hasNotFailed());

		assertThat(output).doesNotContain("WARN");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

}
