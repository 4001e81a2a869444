package co.monigo.client.core;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTests {

	@Test
	void durationsPrintAsTheyAreTypedInApplicationYml() {
		assertThat(Durations.format(Duration.ofSeconds(10))).isEqualTo("10s");
		assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250ms");
		assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
		assertThat(Durations.format(Duration.ofHours(25))).isEqualTo("25h");
		assertThat(Durations.format(Duration.ofDays(2))).isEqualTo("2d");
		assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
	}

	@Test
	void aNegativeDurationPrintsWithAMinusSignNotAsIso() {
		assertThat(Durations.format(Duration.ofSeconds(-1))).isEqualTo("-1s");
		assertThat(Durations.format(Duration.ofMillis(-1500))).isEqualTo("-1500ms");
	}

	@Test
	void nanosecondsAreShownOnlyWhenThereAreSome() {
		assertThat(Durations.format(Duration.ofNanos(9_999_894_731L))).isEqualTo("9999894731ns");
	}

}
