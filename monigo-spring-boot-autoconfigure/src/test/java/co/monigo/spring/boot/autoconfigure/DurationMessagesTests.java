package co.monigo.spring.boot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad duration is shown in a startup failure as it is typed in {@code application.yml}, not in
 * ISO-8601.
 */
class DurationMessagesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoAutoConfiguration.class))
		.withPropertyValues("monigo.api-key=mk_test_durations_0001");

	@Test
	void aNegativeTimeoutIsShownAsMinusOneSecond() {
		this.contextRunner.withPropertyValues("monigo.timeout=-1s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("Invalid Monigo configuration: monigo.timeout must be a positive duration, was -1s"));
	}

	@Test
	void backoffsInTheWrongOrderAreShownInTheUnitsTheyWereTypedIn() {
		this.contextRunner
			.withPropertyValues("monigo.retry.initial-backoff=90s", "monigo.retry.max-backoff=500ms")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("Invalid Monigo configuration: monigo.retry.max-backoff (500ms) is shorter than "
						+ "monigo.retry.initial-backoff (90s)"));
	}

}
