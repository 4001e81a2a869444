package co.monigo.benchmarks.outage;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class WrkResultTests {

	private static final String OUTPUT = """
			Running 10s test @ http://127.0.0.1:45879/v1/completions
			  1 threads and 8 connections
			  Latency Distribution
			     50%    2.88ms
			     99%  254.01ms
			  18296 requests in 10.05s, 3.27MB read
			Requests/sec:   1819.70
			wrk-result requests=18296 duration_us=10054419 p50_us=2879 p90_us=65511 p99_us=254014 p999_us=497666 \
			max_us=616358 errors_connect=1 errors_read=2 errors_write=3 errors_status=7 errors_timeout=4
			""";

	@Test
	void readsTheResultLineThatTheScriptPrints() {
		WrkResult result = WrkResult.parse(OUTPUT);

		assertThat(result.requests()).isEqualTo(18296);
		assertThat(result.duration()).isEqualTo(Duration.ofNanos(10_054_419_000L));
		assertThat(result.p50Micros()).isEqualTo(2879);
		assertThat(result.p90Micros()).isEqualTo(65511);
		assertThat(result.p99Micros()).isEqualTo(254014);
		assertThat(result.p999Micros()).isEqualTo(497666);
		assertThat(result.maxMicros()).isEqualTo(616358);
		assertThat(result.socketErrors()).isEqualTo(10);
		assertThat(result.non2xx()).isEqualTo(7);
	}

	@Test
	void requestsPerSecondAreOverTheRunsOwnDuration() {
		assertThat(WrkResult.parse(OUTPUT).requestsPerSecond()).isCloseTo(1819.70, within(0.01));
	}

	@Test
	void aRunWithAnErrorOrAFailedStatusDidNotAllSucceed() {
		assertThat(WrkResult.parse(OUTPUT).allSucceeded()).isFalse();
		assertThat(new WrkResult(1, Duration.ofSeconds(1), 1, 1, 1, 1, 1, 0, 0).allSucceeded()).isTrue();
		assertThat(new WrkResult(1, Duration.ofSeconds(1), 1, 1, 1, 1, 1, 0, 1).allSucceeded()).isFalse();
		assertThat(new WrkResult(1, Duration.ofSeconds(1), 1, 1, 1, 1, 1, 1, 0).allSucceeded()).isFalse();
	}

	@Test
	void outputWithoutTheResultLineIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> WrkResult.parse("Requests/sec: 1819.70\n"))
			.withMessageContaining("no wrk-result line");
	}

	@Test
	void aResultLineWithAFieldMissingIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> WrkResult.parse("wrk-result requests=3 duration_us=1\n"))
			.withMessageContaining("p50_us");
	}

}
