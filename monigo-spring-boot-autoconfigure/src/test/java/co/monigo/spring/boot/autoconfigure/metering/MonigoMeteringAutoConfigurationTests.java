package co.monigo.spring.boot.autoconfigure.metering;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.DisabledUsageRecorder;
import co.monigo.metering.DropReason;
import co.monigo.metering.LoggingDeadLetterHandler;
import co.monigo.metering.OverflowPolicy;
import co.monigo.metering.PipelineState;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.autoconfigure.InvalidMonigoConfigurationException;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.metering.UsageRecorderLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

class MonigoMeteringAutoConfigurationTests {

	private static final String TEST_KEY = "mk_test_metering_0001";

	private static final IngestEvent EVENT = IngestEvent.of("api_call", "cus_1");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoAutoConfiguration.class, MonigoMeteringAutoConfiguration.class))
		.withPropertyValues("monigo.api-key=" + TEST_KEY, "monigo.base-url=http://localhost:9",
				"monigo.metering.shutdown-timeout=100ms");

	@Test
	void whenMonigoIsConfiguredThenABatchingRecorderRunsWithTheContext() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(UsageRecorder.class).hasSingleBean(UsageRecorderLifecycle.class);
			BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);
			assertThat(recorder.isRunning()).isTrue();
			assertThat(recorder.status().state()).isEqualTo(PipelineState.RUNNING);
		});
	}

	@Test
	void theRecorderIsBuiltFromTheMeteringProperties() {
		this.contextRunner
			.withPropertyValues("monigo.metering.capacity=50", "monigo.metering.batch-size=10",
					"monigo.metering.linger=250ms", "monigo.metering.overflow-policy=block",
					"monigo.metering.retry.jitter=0", "monigo.metering.circuit-breaker.failure-rate=75")
			.run((context) -> {
				BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);
				assertThat(recorder.settings().capacity()).isEqualTo(50);
				assertThat(recorder.settings().batchSize()).isEqualTo(10);
				assertThat(recorder.settings().linger()).hasMillis(250);
				assertThat(recorder.settings().overflowPolicy()).isEqualTo(OverflowPolicy.BLOCK);
				assertThat(recorder.settings().retryJitter()).isZero();
				assertThat(recorder.settings().circuit().failureRate()).isEqualTo(75f);
				assertThat(recorder.status().capacity()).isEqualTo(50);
			});
	}

	@Test
	void theOldestPendingAgeCountsAnEventWaitingForItsBatchToFill() {
		this.contextRunner.withPropertyValues("monigo.metering.linger=1m").run((context) -> {
			BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);

			recorder.record(EVENT.withTimestamp(Instant.now().minusSeconds(60)));

			// The dispatcher takes the event from the buffer within milliseconds, then lingers for more.
			await().during(Duration.ofMillis(300))
				.atMost(Duration.ofSeconds(2))
				.until(() -> recorder.oldestPendingAge().getSeconds() >= 60);
		});
	}

	@Test
	void whenMonigoIsDisabledThenADisabledRecorderCountsEventsAndSendsNothing() {
		this.contextRunner.withPropertyValues("monigo.enabled=false").run((context) -> {
			assertThat(context).hasSingleBean(UsageRecorder.class).doesNotHaveBean(UsageRecorderLifecycle.class);
			DisabledUsageRecorder recorder = context.getBean(DisabledUsageRecorder.class);

			IngestEvent recorded = recorder.record(EVENT);

			assertThat(recorded.idempotencyKey()).isNotNull();
			assertThat(recorder.counters().recordedCount()).isOne();
			assertThat(recorder.counters().droppedCount(DropReason.DISABLED)).isOne();
			assertThat(recorder.counters().balances()).isTrue();
			assertThat(recorder.status().state()).isEqualTo(PipelineState.DISABLED);
		});
	}

	@Test
	void whenMeteringAloneIsDisabledThenTheClientStaysAndTheRecorderOnlyCounts() {
		this.contextRunner.withPropertyValues("monigo.metering.enabled=false").run((context) -> {
			assertThat(context).hasBean("monigoClient").doesNotHaveBean(UsageRecorderLifecycle.class);
			DisabledUsageRecorder recorder = context.getBean(DisabledUsageRecorder.class);

			recorder.record(EVENT);

			assertThat(recorder.counters().droppedCount(DropReason.DISABLED)).isOne();
			assertThat(recorder.counters().balances()).isTrue();
		});
	}

	@Test
	void theDisabledRecorderStillRefusesAnInvalidEventSoTestsCatchIt() {
		this.contextRunner.withPropertyValues("monigo.enabled=false").run((context) -> {
			UsageRecorder recorder = context.getBean(UsageRecorder.class);
			IngestEvent notANumber = EVENT.withProperty("tokens", Double.NaN);

			assertThatIllegalArgumentException().isThrownBy(() -> recorder.record(notANumber))
				.withMessageContaining("properties.tokens");
		});
	}

	@Test
	void whenTheUserDefinesARecorderThenTheAutoConfigurationBacksOff() {
		UsageRecorder own = new DisabledUsageRecorder();
		this.contextRunner.withBean("ownRecorder", UsageRecorder.class, () -> own).run((context) -> {
			assertThat(context).hasSingleBean(UsageRecorder.class).doesNotHaveBean(UsageRecorderLifecycle.class);
			assertThat(context.getBean(UsageRecorder.class)).isSameAs(own);
		});
	}

	@Test
	void theDefaultDeadLetterHandlerLogsTheEvents() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(DeadLetterHandler.class)
			.getBean(DeadLetterHandler.class)
			.isInstanceOf(LoggingDeadLetterHandler.class));
	}

	@Test
	void whenTheUserDefinesADeadLetterHandlerThenThePipelineHandsItTheEventsItGivesUp() {
		RecordingDeadLetterHandler own = new RecordingDeadLetterHandler();
		this.contextRunner.withBean(DeadLetterHandler.class, () -> own).run((context) -> {
			assertThat(context).hasSingleBean(DeadLetterHandler.class);
			context.getBean(UsageRecorderLifecycle.class).stop();

			IngestEvent late = context.getBean(UsageRecorder.class).record(EVENT);

			assertThat(own.dropped).containsExactly(late);
		});
	}

	@Test
	void whenTheBatchSizeIsOverTheApiLimitThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("monigo.metering.batch-size=5000")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidMonigoConfigurationException.class)
				.hasMessage("Invalid Monigo configuration: monigo.metering.batch-size must be at most 1000, was 5000"));
	}

	@Test
	void whenTheCapacityIsZeroThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("monigo.metering.capacity=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("monigo.metering.capacity must be at least 1, was 0"));
	}

	@Test
	void whenTheLingerIsNegativeThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("monigo.metering.linger=-1s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("monigo.metering.linger must be a positive duration"));
	}

	@Test
	void whenTheJitterIsOutOfRangeThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("monigo.metering.retry.jitter=1.5")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("monigo.metering.retry.jitter must be from 0"));
	}

	@Test
	void whenTheMaxBackoffIsShorterThanTheInitialBackoffThenStartupFailsNamingBothProperties() {
		this.contextRunner
			.withPropertyValues("monigo.metering.retry.initial-backoff=2s", "monigo.metering.retry.max-backoff=1s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(InvalidMonigoConfigurationException.class, (invalid) -> {
					assertThat(invalid.property()).isEqualTo("monigo.metering.retry.max-backoff");
					assertThat(invalid).hasMessageContaining("monigo.metering.retry.initial-backoff");
					assertThat(invalid.action()).contains("monigo.metering.retry.max-backoff");
				}));
	}

	@Test
	void whenMeteringIsDisabledThenItsPropertiesAreNotChecked() {
		this.contextRunner.withPropertyValues("monigo.metering.enabled=false", "monigo.metering.batch-size=5000")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(DisabledUsageRecorder.class));
	}

	static class RecordingDeadLetterHandler implements DeadLetterHandler {

		final List<IngestEvent> dropped = new CopyOnWriteArrayList<>();

		@Override
		public void rejected(List<IngestEvent> events, MonigoApiException cause) {
		}

		@Override
		public void dropped(IngestEvent event, DropReason reason) {
			this.dropped.add(event);
		}

	}

}
