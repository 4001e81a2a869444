package co.monigo.spring.boot.autoconfigure.metering;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.DropReason;
import co.monigo.metering.IngestCounters;
import co.monigo.metering.Metered;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.actuate.MonigoEndpoint;
import co.monigo.spring.boot.actuate.MonigoHealthIndicator;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.actuate.MonigoEndpointAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.actuate.MonigoHealthContributorAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.actuate.MonigoMetricsAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteringAutoConfigurationTests.RecordingDeadLetterHandler;
import co.monigo.spring.boot.metering.CapturedLog;
import co.monigo.spring.boot.metering.ExternalCustomerIdSink;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code id-type=external-id}, events wait for their customer's lookup before they reach the
 * pipeline: flushes and shutdown wait for them, health, endpoint and meters show them, and what is
 * given up on is counted by the pipeline.
 */
class ExternalCustomerIdFlushAndShutdownTests {

	private static final String USER_1_IS_CUS_1 = "{\"customer\": {\"id\": \"cus_1\", \"external_id\": \"user_1\", "
			+ "\"name\": \"User 1\"}}";

	private static final String LOOK_UP_USER_1 = "/v1/customers/user_1";

	/** Long enough for a lookup that takes a second, on a busy machine; reached only when a test fails. */
	private static final String LONG_WAIT = "monigo.metering.shutdown-timeout=10s";

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AopAutoConfiguration.class, MetricsAutoConfiguration.class,
				MonigoAutoConfiguration.class, MonigoMeteringAutoConfiguration.class,
				MonigoMeteredAutoConfiguration.class, MonigoEndpointAutoConfiguration.class,
				MonigoHealthContributorAutoConfiguration.class, MonigoMetricsAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class)
		.withUserConfiguration(CallsConfiguration.class)
		.withPropertyValues("monigo.api-key=mk_test_external_0001", "monigo.base-url=" + wireMock.baseUrl(),
				"monigo.metering.customer.id-type=external-id", "monigo.metering.customer.retry-interval=100ms",
				"monigo.metering.customer.max-lookups=1000",
				"monigo.metering.linger=1m", "monigo.metering.retry.initial-backoff=20ms",
				"monigo.metering.retry.max-backoff=50ms", "monigo.metering.shutdown-timeout=300ms",
				"management.endpoints.web.exposure.include=monigo", "management.metrics.use-global-registry=false");

	@Test
	void theEndpointFlushWaitsForASlowCustomerLookupThenTheEventIsDelivered() {
		wireMock.stubFor(get(LOOK_UP_USER_1).willReturn(okJson(USER_1_IS_CUS_1).withFixedDelay(1000)));
		wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": [], \"duplicates\": []}")));
		this.contextRunner.withPropertyValues(LONG_WAIT).run((context) -> {
			context.getBean(Calls.class).call("user_1");

			MonigoEndpoint endpoint = context.getBean(MonigoEndpoint.class);
			endpoint.flush();

			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(endpoint.pipeline().get("lastFlush").toString())
					.contains("state=completed"));
			assertThat(endpoint.pipeline()).containsEntry("recorded", 1L)
				.containsEntry("delivered", 1L)
				.containsEntry("pending", 0L);
			wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/ingest"))
				.withRequestBody(matchingJsonPath("$.events[0].customer_id", equalTo("cus_1"))));
		});
	}

	@Test
	void theEndpointFlushDoesNotWaitForACustomerKnownToBeMissingWhoseEventKeepsWaiting() {
		noCustomerUser1();
		this.contextRunner.withPropertyValues(LONG_WAIT, "monigo.metering.customer.retry-interval=1h")
			.run((context) -> {
				context.getBean(Calls.class).call("user_1");
				ExternalCustomerIdSink sink = context.getBean(ExternalCustomerIdSink.class);
				await().atMost(Duration.ofSeconds(10)).until(() -> sink.isKnownMissing("user_1"));

				MonigoEndpoint endpoint = context.getBean(MonigoEndpoint.class);
				endpoint.flush();

				await().atMost(Duration.ofSeconds(20))
					.untilAsserted(() -> assertThat(endpoint.pipeline().get("lastFlush").toString())
						.contains("state=completed"));
				assertThat(endpoint.pipeline()).containsEntry("recorded", 0L).containsEntry("waitingForCustomer", 1L);
			});
	}

	@Test
	void aGracefulStopDoesNotWaitTheShutdownTimeoutForACustomerKnownToBeMissing() {
		noCustomerUser1();
		this.contextRunner.withPropertyValues(LONG_WAIT, "monigo.metering.customer.retry-interval=1h")
			.run((context) -> {
				BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);
				context.getBean(Calls.class).call("user_1");
				ExternalCustomerIdSink sink = context.getBean(ExternalCustomerIdSink.class);
				await().atMost(Duration.ofSeconds(10)).until(() -> sink.isKnownMissing("user_1"));

				try (CapturedLog log = CapturedLog.of(BatchingUsageRecorder.class)) {
					long start = System.nanoTime();
					context.close();
					Duration stop = Duration.ofNanos(System.nanoTime() - start);

					assertThat(log.linesAtLeast(Level.WARN)).noneMatch((line) -> line.contains("shutdown timeout"));
					assertThat(stop).as("well within the 10 s timeout").isLessThan(Duration.ofSeconds(5));
				}
				assertThat(recorder.counters().droppedCount(DropReason.SHUTDOWN)).isOne();
				assertThat(recorder.counters().balances()).isTrue();
			});
	}

	@Test
	void aFlushOfTheInjectedRecorderWaitsForTheCustomerLookup() {
		wireMock.stubFor(get(LOOK_UP_USER_1).willReturn(okJson(USER_1_IS_CUS_1).withFixedDelay(1000)));
		wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": [], \"duplicates\": []}")));
		this.contextRunner.withPropertyValues(LONG_WAIT).run((context) -> {
			context.getBean(Calls.class).call("user_1");

			context.getBean(UsageRecorder.class).flush().get(10, TimeUnit.SECONDS);

			IngestCounters counters = context.getBean(BatchingUsageRecorder.class).counters();
			assertThat(counters.deliveredCount()).isOne();
			assertThat(counters.balances()).isTrue();
		});
	}

	@Test
	void closingTheContextGivesAWaitingEventItsLookupAndDeliversIt() {
		wireMock.stubFor(get(LOOK_UP_USER_1).willReturn(okJson(USER_1_IS_CUS_1).withFixedDelay(1000)));
		wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": [], \"duplicates\": []}")));
		this.contextRunner.withPropertyValues(LONG_WAIT).run((context) -> {
			BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);
			context.getBean(Calls.class).call("user_1");

			context.close();

			assertThat(recorder.counters().deliveredCount()).isOne();
			assertThat(recorder.counters().balances()).isTrue();
			wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/ingest"))
				.withRequestBody(matchingJsonPath("$.events[0].customer_id", equalTo("cus_1"))));
		});
	}

	@Test
	void anEventStillWaitingAtShutdownIsCountedAsDroppedByThePipelineAndDeadLettered() {
		noCustomerUser1();
		RecordingDeadLetterHandler deadLetters = new RecordingDeadLetterHandler();
		this.contextRunner
			.withBean(DeadLetterHandler.class, () -> deadLetters)
			.run((context) -> {
				BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);
				context.getBean(Calls.class).call("user_1");

				context.close();

				IngestCounters counters = recorder.counters();
				assertThat(counters.recordedCount()).isOne();
				assertThat(counters.droppedCount(DropReason.SHUTDOWN)).isOne();
				assertThat(counters.balances()).isTrue();
				assertThat(deadLetters.dropped).singleElement()
					.satisfies((event) -> assertThat(event.customerId()).isEqualTo("user_1"));
			});
	}

	@Test
	void anEventRefusedBecauseTooManyWaitIsCountedAsDroppedByThePipeline() {
		noCustomerUser1();
		RecordingDeadLetterHandler deadLetters = new RecordingDeadLetterHandler();
		this.contextRunner.withPropertyValues("monigo.metering.customer.max-waiting=1")
			.withBean(DeadLetterHandler.class, () -> deadLetters)
			.run((context) -> {
				context.getBean(Calls.class).call("user_1");
				context.getBean(Calls.class).call("user_1");

				IngestCounters counters = context.getBean(BatchingUsageRecorder.class).counters();
				assertThat(counters.recordedCount()).isOne();
				assertThat(counters.droppedCount()).isOne();
				assertThat(counters.balances()).isTrue();
				assertThat(deadLetters.dropped).hasSize(1);
			});
	}

	@Test
	void whileEventsWaitForTheirCustomerHealthEndpointAndMeterShowThem() {
		noCustomerUser1();
		this.contextRunner.run((context) -> {
			context.getBean(Calls.class).call("user_1");
			context.getBean(Calls.class).call("user_1");

			Map<String, Object> pipeline = context.getBean(MonigoEndpoint.class).pipeline();
			assertThat(pipeline).containsEntry("waitingForCustomer", 2L).containsEntry("recorded", 0L);
			assertThat(context.getBean(MonigoHealthIndicator.class).health().getDetails())
				.containsEntry("waitingForCustomer", 2L);
			assertThat(context.getBean(MeterRegistry.class).get("monigo.events.waiting").gauge().value())
				.isEqualTo(2.0);
		});
	}

	private static void noCustomerUser1() {
		wireMock.stubFor(get(LOOK_UP_USER_1)
			.willReturn(aResponse().withStatus(404).withBody("{\"error\": \"customer not found\"}")));
	}

	@Configuration(proxyBeanMethods = false)
	static class CallsConfiguration {

		@Bean
		Calls calls() {
			return new Calls();
		}

	}

	public static class Calls {

		@Metered(value = "api_call", customer = "#customerId")
		public void call(String customerId) {
		}

	}

}
