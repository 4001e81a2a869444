package co.monigo.benchmarks.latency;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SweepReportTests {

	private final SweepSettings settings = new SweepSettings(List.of(0, 100), 10_000, 1, 10,
			List.of("pipeline", "per-event"), "jdk", Path.of("out"), 0);

	private final SweepReport report = new SweepReport(this.settings,
			List.of(new SweepPoint(0, "pipeline", 10, 100_000, 100_000, 0),
					new SweepPoint(0, "per-event", 10, 100_000, 5_000, 95_000),
					new SweepPoint(100, "pipeline", 10, 100_000, 40_000, 60_000)));

	@Test
	void thePlotTableHasARowPerRoundTripAndAColumnPerWayWithNaNForAPointNotMeasured() {
		assertThat(this.report.table()).isEqualTo("""
				rtt_ms pipeline per-event
				0 10000 500
				100 4000 NaN
				""");
	}

	@Test
	void theMarkdownGivesEachPointsDeliveredRateAndDroppedShare() {
		assertThat(this.report.markdown("machine")).contains("| 0 ms | 10,000 (0.0 % dropped) | 500 (95.0 % dropped) |")
			.contains("| 100 ms | 4,000 (60.0 % dropped) | |");
	}

	@Test
	void theDefaultsSweepTheFourRoundTripsOfTheIssueWithEveryWay() {
		SweepSettings defaults = SweepSettings.parse();

		assertThat(defaults.roundTripsMs()).containsExactly(0, 20, 100, 250);
		assertThat(defaults.ways()).containsExactly("pipeline", "per-event", "two-batches");
	}

}
