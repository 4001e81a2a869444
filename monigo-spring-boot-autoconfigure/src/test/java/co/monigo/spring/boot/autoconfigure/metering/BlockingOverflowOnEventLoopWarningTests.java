package co.monigo.spring.boot.autoconfigure.metering;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class BlockingOverflowOnEventLoopWarningTests {

	private static final AutoConfigurations MONIGO = AutoConfigurations.of(MonigoAutoConfiguration.class,
			MonigoMeteringAutoConfiguration.class);

	private static final String[] BLOCK_WITHOUT_JOURNAL = { "monigo.api-key=mk_test_block_0001",
			"monigo.base-url=http://localhost:9", "monigo.metering.overflow-policy=block",
			"monigo.metering.journal.enabled=false", "monigo.metering.shutdown-timeout=100ms" };

	@Test
	void aReactiveApplicationWithTheBlockingPolicyAndNoJournalIsWarnedNamingTheProperty(CapturedOutput output) {
		new ReactiveWebApplicationContextRunner().withConfiguration(MONIGO)
			.withPropertyValues(BLOCK_WITHOUT_JOURNAL)
			.run((context) -> assertThat(output).contains("WARN")
				.contains("monigo.metering.overflow-policy=block in a reactive web application"));
	}

	@Test
	void withTheJournalOnThePolicyDoesNotApplyAndNothingIsSaid(CapturedOutput output) {
		new ReactiveWebApplicationContextRunner().withConfiguration(MONIGO)
			.withPropertyValues(BLOCK_WITHOUT_JOURNAL)
			.withPropertyValues("monigo.metering.journal.enabled=true",
					"monigo.metering.journal.directory=" + System.getProperty("java.io.tmpdir") + "/monigo-block-test")
			.run((context) -> assertThat(output).doesNotContain("overflow-policy=block"));
	}

	@Test
	void aServletOrPlainApplicationIsNotWarned(CapturedOutput output) {
		new ApplicationContextRunner().withConfiguration(MONIGO)
			.withPropertyValues(BLOCK_WITHOUT_JOURNAL)
			.run((context) -> assertThat(output).doesNotContain("overflow-policy=block"));
	}

}
