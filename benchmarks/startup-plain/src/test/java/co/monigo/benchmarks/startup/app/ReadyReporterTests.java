package co.monigo.benchmarks.startup.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ReadyReporterTests {

	@Test
	void whenReadyPrintsTheLineTheBenchmarkReads(CapturedOutput output) {
		try (ConfigurableApplicationContext context = StartupApplication.start(false, "--server.port=0")) {
			assertThat(output.getOut()).containsPattern("(?m)^startup-benchmark ready_ms=\\d+ jvm_uptime_ms=\\d+ "
					+ "main_cpu_ms=\\d+ process_cpu_ms=\\d+ classes_loaded=\\d+ beans=\\d+$");
			assertThat(output.getOut()).doesNotContain("startup-step");
		}
	}

	@Test
	void withStepsRecordedAlsoPrintsEachStepWithItsOwnTime(CapturedOutput output) {
		try (ConfigurableApplicationContext context = StartupApplication.start(true, "--server.port=0")) {
			assertThat(output.getOut()).containsPattern(
					"(?m)^startup-step own_us=\\d+ total_us=\\d+ spring.beans.instantiate beanName=helloController$");
		}
	}

}
