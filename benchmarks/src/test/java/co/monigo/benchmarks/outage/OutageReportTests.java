package co.monigo.benchmarks.outage;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutageReportTests {

	private static final PipelineSnapshot START = new PipelineSnapshot("RUNNING", 1000, 1000, 0,
			Map.of("queue_full", 0L), 0, 10_000, null);

	@Test
	void eachOutageIsComparedWithTheHealthyP99AgainstTheTarget() {
		String report = OutageReport.render("setup", "machine",
				List.of(result(IngestOutage.HEALTHY, 10_000, 0), result(IngestOutage.UNAVAILABLE, 10_900, 0),
						result(IngestOutage.HANGING, 11_200, 0)));

		assertThat(report).contains("| healthy | 1,000 | 1.00 | 5.00 | 10.00 | 1.00 | 20.00 | 30.00 | 0 | 2000 |")
			.contains("| 503 | 1,000 | 1.00 | 5.00 | 10.90 | **1.09** (met) |")
			.contains("| hang | 1,000 | 1.00 | 5.00 | 11.20 | **1.12** (missed) |");
	}

	@Test
	void failedRequestsAreShownNotHidden() {
		String report = OutageReport.render("setup", "machine",
				List.of(result(IngestOutage.HEALTHY, 10_000, 0), result(IngestOutage.UNAVAILABLE, 10_000, 42)));

		assertThat(report).contains("| 42 non-2xx, 0 socket errors |");
	}

	@Test
	void eachModeShowsTheShareOfUsageRetainedAndTheTimeToDrainBesideItsP99() {
		PipelineSnapshot end = new PipelineSnapshot("CIRCUIT_OPEN", 21_000, 1000, 8000, Map.of("queue_full", 8000L),
				12_000, 10_000, "Monigo API answered 503");
		ModeResult drained = new ModeResult(IngestOutage.UNAVAILABLE, 1, load(10_000, 0), START, end, 0, 9,
				Duration.ofSeconds(2), Duration.ofMillis(4_500));
		ModeResult stuck = new ModeResult(IngestOutage.HANGING, 1, load(10_000, 0), START, end, 0, 9,
				Duration.ofSeconds(2), null);

		String report = OutageReport.render("setup", "machine",
				List.of(result(IngestOutage.HEALTHY, 10_000, 0), drained, stuck));

		assertThat(report).contains("| 60.0 % | 4.5 s |").contains("| 60.0 % | not drained |");
	}

	@Test
	void thePipelineTableShowsWhatHappenedDuringTheMeasurement() {
		PipelineSnapshot end = new PipelineSnapshot("CIRCUIT_OPEN", 21_000, 1000, 8000, Map.of("queue_full", 8000L),
				12_000, 10_000, "Monigo API answered 503");
		ModeResult outage = new ModeResult(IngestOutage.UNAVAILABLE, 1, load(10_000, 0), START, end, 0, 9,
				Duration.ofSeconds(2), Duration.ofMillis(4_500));

		String report = OutageReport.render("setup", "machine", List.of(result(IngestOutage.HEALTHY, 10_000, 0), outage));

		assertThat(report).contains("| 503 | CIRCUIT_OPEN | 20,000 | 0 | queue_full: 8,000 | 12,000 / 10,000 | 0 / 9 "
				+ "| Monigo API answered 503 |");
	}

	@Test
	void withSeveralRoundsEachIsComparedWithItsOwnHealthyRunAndTheMedianIsGiven() {
		String report = OutageReport.render("setup", "machine",
				List.of(resultOfRound(IngestOutage.HEALTHY, 1, 10_000), resultOfRound(IngestOutage.UNAVAILABLE, 1, 12_000),
						resultOfRound(IngestOutage.HEALTHY, 2, 20_000), resultOfRound(IngestOutage.UNAVAILABLE, 2, 20_000),
						resultOfRound(IngestOutage.HEALTHY, 3, 10_000), resultOfRound(IngestOutage.UNAVAILABLE, 3, 10_500)));

		assertThat(report).contains("| 503 (round 1) | 1,000 | 1.00 | 5.00 | 12.00 | **1.20** (missed) |")
			.contains("| 503 (round 2) | 1,000 | 1.00 | 5.00 | 20.00 | **1.00** (met) |")
			.contains("| healthy (round 3) |")
			.contains("the median over the rounds (lowest–highest): 503 **1.05** (1.00–1.20).");
	}

	private static ModeResult result(IngestOutage mode, long p99Micros, long non2xx) {
		return new ModeResult(mode, 1, load(p99Micros, non2xx), START, START, 10, 0, Duration.ofSeconds(2), null);
	}

	private static ModeResult resultOfRound(IngestOutage mode, int round, long p99Micros) {
		return new ModeResult(mode, round, load(p99Micros, 0), START, START, 10, 0, Duration.ofSeconds(2), null);
	}

	private static WrkResult load(long p99Micros, long non2xx) {
		return new WrkResult(1000, Duration.ofSeconds(1), 1000, 5000, p99Micros, 20_000, 30_000, 0, non2xx);
	}

}
