package co.monigo.spring.boot.autoconfigure;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import co.monigo.client.MonigoClient;
import co.monigo.client.core.RetrySettings;
import co.monigo.metering.MeteringSettings;

import static org.assertj.core.api.Assertions.assertThat;

class MonigoPropertiesTests {

	private final MonigoProperties properties = new MonigoProperties();

	@Test
	void defaultsMatchTheClientsDefaults() {
		assertThat(this.properties.isEnabled()).isTrue();
		assertThat(this.properties.getApiKey()).isNull();
		assertThat(this.properties.getBaseUrl()).isEqualTo(MonigoClient.DEFAULT_BASE_URL);
		assertThat(this.properties.getTimeout()).isEqualTo(MonigoClient.DEFAULT_TIMEOUT).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.properties.getConnectTimeout()).isEqualTo(MonigoClient.DEFAULT_CONNECT_TIMEOUT);
	}

	@Test
	void retryDefaultsMatchTheClientsDefaults() {
		MonigoProperties.Retry retry = this.properties.getRetry();
		RetrySettings defaults = RetrySettings.DEFAULT;
		assertThat(retry.getMaxRetries()).isEqualTo(defaults.maxRetries()).isEqualTo(2);
		assertThat(retry.getInitialBackoff()).isEqualTo(defaults.initialBackoff());
		assertThat(retry.getMaxBackoff()).isEqualTo(defaults.maxBackoff());
		assertThat(retry.getMultiplier()).isEqualTo(defaults.multiplier());
		assertThat(retry.getJitter()).isEqualTo(defaults.jitter());
	}

	@Test
	void meteringDefaultsMatchThePipelinesDefaults() {
		MonigoProperties.Metering metering = this.properties.getMetering();
		MeteringSettings defaults = MeteringSettings.defaults();
		assertThat(metering.isEnabled()).isTrue();
		assertThat(metering.getCapacity()).isEqualTo(defaults.capacity()).isEqualTo(10_000);
		assertThat(metering.getBatchSize()).isEqualTo(defaults.batchSize()).isEqualTo(1000);
		assertThat(metering.getLinger()).isEqualTo(defaults.linger()).isEqualTo(Duration.ofSeconds(1));
		assertThat(metering.getMaxInFlight()).isEqualTo(defaults.maxInFlight()).isEqualTo(32);
		assertThat(metering.getOverflowPolicy()).isEqualTo(defaults.overflowPolicy());
		assertThat(metering.getOverflowBlockTimeout()).isEqualTo(defaults.overflowBlockTimeout());
		assertThat(metering.getPausedRetryInterval()).isEqualTo(defaults.pausedRetryInterval());
		assertThat(metering.getShutdownTimeout()).isEqualTo(defaults.shutdownTimeout())
			.isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void meteringRetryAndCircuitBreakerDefaultsMatchThePipelinesDefaults() {
		MonigoProperties.Metering metering = this.properties.getMetering();
		MeteringSettings defaults = MeteringSettings.defaults();
		assertThat(metering.getRetry().getInitialBackoff()).isEqualTo(defaults.retryInitialBackoff());
		assertThat(metering.getRetry().getMaxBackoff()).isEqualTo(defaults.retryMaxBackoff());
		assertThat(metering.getRetry().getMultiplier()).isEqualTo(defaults.retryMultiplier());
		assertThat(metering.getRetry().getJitter()).isEqualTo(defaults.retryJitter());
		MeteringSettings.CircuitSettings circuit = defaults.circuit();
		assertThat(metering.getCircuitBreaker().getFailureRate()).isEqualTo(circuit.failureRate());
		assertThat(metering.getCircuitBreaker().getOpenDuration()).isEqualTo(circuit.openDuration());
		assertThat(metering.getCircuitBreaker().getSlidingWindow()).isEqualTo(circuit.slidingWindow());
		assertThat(metering.getCircuitBreaker().getMinimumCalls()).isEqualTo(circuit.minimumCalls());
		assertThat(metering.getCircuitBreaker().getHalfOpenCalls()).isEqualTo(circuit.halfOpenCalls());
	}

	@Test
	void theJournalIsOnByDefaultWithAnHourOfAThousandEventsASecondOfRoom() {
		MonigoProperties.Metering.Journal journal = this.properties.getMetering().getJournal();
		assertThat(journal.isEnabled()).isTrue();
		assertThat(journal.getDirectory()).isNull();
		// 3.6 million events of about 175 bytes on disk each.
		assertThat(journal.getMaxSize().toBytes()).isGreaterThanOrEqualTo(3_600_000L * 175);
		assertThat(journal.getSyncInterval()).isEqualTo(Duration.ofSeconds(1));
	}

}
