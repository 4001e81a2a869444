package co.monigo.benchmarks.startup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StartupRunTests {

	@Test
	void readsTheLineTheApplicationPrintsWhenReady() {
		StartupRun run = StartupRun.parse("""
				2026-11-21T21:20:50.574Z  INFO 29857 --- [main] Started StartupApplication in 2.872 seconds
				startup-benchmark ready_ms=2882 jvm_uptime_ms=3532 main_cpu_ms=1313 process_cpu_ms=3443 \
				classes_loaded=6677 beans=147
				""");

		assertThat(run).isEqualTo(new StartupRun(2882, 3532, 1313, 3443, 6677, 147));
	}

	@Test
	void outputWithoutTheLineIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> StartupRun.parse("Started StartupApplication\n"))
			.withMessageContaining("no startup-benchmark line");
	}

	@Test
	void aLineWithAFieldMissingIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StartupRun.parse("startup-benchmark ready_ms=2882 jvm_uptime_ms=3532\n"))
			.withMessageContaining("main_cpu_ms");
	}

}
