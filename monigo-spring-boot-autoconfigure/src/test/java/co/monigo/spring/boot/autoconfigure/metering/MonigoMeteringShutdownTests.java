package co.monigo.spring.boot.autoconfigure.metering;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.DropReason;
import co.monigo.metering.IngestCounters;
import co.monigo.metering.PipelineListener;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteringAutoConfigurationTests.RecordingDeadLetterHandler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What closing the application context does to the events still pending.
 */
class MonigoMeteringShutdownTests {

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoAutoConfiguration.class, MonigoMeteringAutoConfiguration.class))
		.withPropertyValues("monigo.api-key=mk_test_shutdown_0001", "monigo.base-url=" + wireMock.baseUrl(),
				"monigo.metering.linger=1m", "monigo.metering.retry.initial-backoff=20ms",
				"monigo.metering.retry.max-backoff=50ms");

	@Test
	void closingTheContextDeliversThePendingEventsFirst() {
		wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": [\"evt-1\", \"evt-2\"], \"duplicates\": []}")));
		this.contextRunner.withPropertyValues("monigo.metering.shutdown-timeout=10s").run((context) -> {
			BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);
			recorder.record(IngestEvent.of("api_call", "cus_1").withIdempotencyKey("evt-1"));
			recorder.record(IngestEvent.of("api_call", "cus_1").withIdempotencyKey("evt-2"));
			assertThat(recorder.counters().pendingCount()).isEqualTo(2);

			context.close();

			wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/ingest"))
				.withRequestBody(matchingJsonPath("$.events[?(@.idempotency_key == 'evt-1')]"))
				.withRequestBody(matchingJsonPath("$.events[?(@.idempotency_key == 'evt-2')]")));
			IngestCounters counters = recorder.counters();
			assertThat(counters.deliveredCount()).isEqualTo(2);
			assertThat(counters.pendingCount()).isZero();
			assertThat(counters.balances()).isTrue();
		});
	}

	@Test
	void whenMonigoIsDownAtShutdownThenWhatIsLeftIsCountedAsDroppedAndDeadLettered() {
		wireMock.stubFor(post("/v1/ingest").willReturn(aResponse().withStatus(503)));
		RecordingDeadLetterHandler deadLetters = new RecordingDeadLetterHandler();
		// after the first 503 the batch waits a minute for its retry: at the close it is waiting, not on its way
		this.contextRunner.withPropertyValues("monigo.metering.shutdown-timeout=300ms",
				"monigo.metering.retry.initial-backoff=1m", "monigo.metering.retry.max-backoff=1m")
			.withBean(DeadLetterHandler.class, () -> deadLetters)
			.run((context) -> {
				BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);
				AtomicInteger answered = new AtomicInteger();
				recorder.addListener(new PipelineListener() {

					@Override
					public void requestCompleted(String outcome, int status, long nanos) {
						answered.incrementAndGet();
					}

				});
				IngestEvent recorded = recorder.record(IngestEvent.of("api_call", "cus_1"));
				recorder.flush();
				// once a 503 has come back the event is known not to be delivered; closing while its request
				// is still unanswered would rightly count it as unknown instead (as a loaded machine once did)
				await().atMost(Duration.ofSeconds(10)).until(() -> answered.get() > 0);

				context.close();

				IngestCounters counters = recorder.counters();
				assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/v1/ingest")))).isNotEmpty();
				assertThat(counters.droppedCount(DropReason.SHUTDOWN)).isOne();
				assertThat(counters.deliveredCount()).isZero();
				assertThat(counters.pendingCount()).isZero();
				assertThat(counters.balances()).isTrue();
				assertThat(deadLetters.dropped).containsExactly(recorded);
			});
	}

	@Test
	void anEventRecordedAfterTheContextClosedIsCountedAsDroppedNotLost() {
		this.contextRunner.withPropertyValues("monigo.metering.shutdown-timeout=100ms").run((context) -> {
			BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);
			context.close();

			recorder.record(IngestEvent.of("api_call", "cus_1"));

			assertThat(recorder.isRunning()).isFalse();
			assertThat(recorder.counters().droppedCount(DropReason.STOPPED)).isOne();
			assertThat(recorder.counters().balances()).isTrue();
		});
	}

}
