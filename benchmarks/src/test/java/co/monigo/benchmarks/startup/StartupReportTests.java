package co.monigo.benchmarks.startup;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupReportTests {

	private static final List<StartupRun> PLAIN = List.of(new StartupRun(1000, 1500, 800, 2000, 6700, 147),
			new StartupRun(1020, 1520, 820, 2040, 6700, 147));

	@Test
	void eachMeasureIsShownForBothApplicationsWithTheDifference() {
		List<StartupRun> monigo = List.of(new StartupRun(1030, 1530, 830, 2100, 8400, 193),
				new StartupRun(1050, 1550, 850, 2140, 8400, 193));

		String report = StartupReport.render("setup", "machine", PLAIN, monigo);

		assertThat(report).contains("| Spring's start time, run to ready (ms) | 1010 ± 14 | 1040 ± 14 | +30 ± 14 |")
			.contains("| classes loaded | 6700 ± 0 | 8400 ± 0 | +1700 ± 0 |")
			.contains("| bean definitions | 147 ± 0 | 193 ± 0 | +46 ± 0 |")
			.contains("**met** (+30 ms, 1.03 times");
	}

	@Test
	void adding150MillisecondsOrMoreMissesTheTarget() {
		List<StartupRun> monigo = List.of(new StartupRun(1160, 1560, 830, 2100, 8400, 193),
				new StartupRun(1180, 1580, 850, 2140, 8400, 193));

		assertThat(StartupReport.render("setup", "machine", PLAIN, monigo)).contains("**missed** (+160 ms");
	}

}
