package co.monigo.benchmarks.startup;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class SampleTests {

	private final Sample sample = new Sample(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0));

	@Test
	void meanAndSampleStandardDeviation() {
		assertThat(this.sample.mean()).isEqualTo(5.0);
		assertThat(this.sample.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-9));
		assertThat(this.sample.standardError()).isCloseTo(Math.sqrt(32.0 / 7) / Math.sqrt(8), within(1e-9));
	}

	@Test
	void printsAsMeanAndStandardDeviation() {
		assertThat(new Sample(List.of(100.0, 110.0, 120.0))).hasToString("110 ± 10");
	}

	@Test
	void theDifferenceCarriesTheStandardErrorOfBothMeans() {
		Sample baseline = new Sample(List.of(100.0, 110.0, 120.0, 130.0));
		Sample slower = new Sample(List.of(150.0, 160.0, 170.0, 180.0));

		assertThat(slower.differenceFrom(baseline)).isEqualTo("+50 ± 9");
		assertThat(baseline.differenceFrom(slower)).isEqualTo("-50 ± 9");
	}

	@Test
	void oneValueIsNotASample() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Sample(List.of(1.0)));
	}

}
