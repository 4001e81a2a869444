package co.monigo.spring.boot.autoconfigure.actuate;

import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.actuate.MonigoEndpoint;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteringAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MonigoEndpointAutoConfigurationTests {

	private static final String SECRET_KEY = "mk_live_endpoint_do_not_show_0123456789";

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoAutoConfiguration.class, MonigoMeteringAutoConfiguration.class,
				MonigoEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=monigo", "monigo.api-key=" + SECRET_KEY,
				"monigo.base-url=" + wireMock.baseUrl(), "monigo.metering.linger=1m",
				"monigo.metering.retry.initial-backoff=20ms", "monigo.metering.retry.max-backoff=50ms",
				"monigo.metering.shutdown-timeout=300ms");

	@Test
	void whenTheEndpointIsExposedThenItIsCreated() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(MonigoEndpoint.class));
	}

	@Test
	void whenTheEndpointIsNotExposedThenItIsNotCreated() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=health")
			.run((context) -> assertThat(context).doesNotHaveBean(MonigoEndpoint.class));
	}

	@Test
	void theReadOperationShowsStateCountersKeyModeAndBaseUrlButNotTheKey() {
		this.contextRunner.run((context) -> {
			context.getBean(UsageRecorder.class).record(IngestEvent.of("api_call", "cus_1"));

			Map<String, Object> pipeline = context.getBean(MonigoEndpoint.class).pipeline();

			assertThat(pipeline).containsEntry("state", "RUNNING")
				.containsEntry("keyMode", "live")
				.containsEntry("baseUrl", wireMock.baseUrl())
				.containsEntry("recorded", 1L)
				.containsEntry("pending", 1L)
				.containsEntry("capacity", 10_000)
				.doesNotContainKey("lastFlush");
			assertThat(pipeline.get("droppedByReason")).asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("queue_full", 0L)
				.containsEntry("shutdown", 0L);
			assertThat(pipeline.toString()).doesNotContain(SECRET_KEY);
		});
	}

	@Test
	void theFlushOperationDeliversABufferedEventWithoutWaitingForTheLinger() {
		wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": [\"evt-1\"], \"duplicates\": []}")));
		this.contextRunner.run((context) -> {
			context.getBean(UsageRecorder.class).record(IngestEvent.of("api_call", "cus_1").withIdempotencyKey("evt-1"));
			MonigoEndpoint endpoint = context.getBean(MonigoEndpoint.class);

			Map<String, Object> flush = endpoint.flush();

			assertThat(flush).containsEntry("pendingAtStart", 1L).containsEntry("timeout", "300ms");
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lastFlush(endpoint))
				.containsEntry("state", "completed")
				.containsKey("finishedAt"));
			wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/ingest"))
				.withRequestBody(matchingJsonPath("$.events[0].idempotency_key", equalTo("evt-1"))));
			assertThat(endpoint.pipeline()).containsEntry("delivered", 1L).containsEntry("pending", 0L);
			assertThat(context.getBean(BatchingUsageRecorder.class).counters().balances()).isTrue();
		});
	}

	@Test
	void theFlushAnswersAtOnceWhileMonigoIsSlowAndTheReadShowsItRunning() {
		wireMock.stubFor(post("/v1/ingest")
			.willReturn(okJson("{\"ingested\": [\"evt-1\"], \"duplicates\": []}").withFixedDelay(2_000)));
		this.contextRunner.withPropertyValues("monigo.metering.shutdown-timeout=1m").run((context) -> {
			context.getBean(UsageRecorder.class).record(IngestEvent.of("api_call", "cus_1").withIdempotencyKey("evt-1"));
			MonigoEndpoint endpoint = context.getBean(MonigoEndpoint.class);

			Map<String, Object> flush = endpoint.flush();

			assertThat(flush).containsEntry("state", "running").containsEntry("pendingAtStart", 1L);
			assertThat(lastFlush(endpoint)).containsEntry("state", "running").doesNotContainKey("finishedAt");
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(lastFlush(endpoint)).containsEntry("state", "completed"));
		});
	}

	@Test
	void aFlushAskedForWhileOneRunsJoinsItInsteadOfStartingAnother() {
		wireMock.stubFor(post("/v1/ingest")
			.willReturn(okJson("{\"ingested\": [\"evt-1\"], \"duplicates\": []}").withFixedDelay(1_000)));
		this.contextRunner.withPropertyValues("monigo.metering.shutdown-timeout=1m").run((context) -> {
			context.getBean(UsageRecorder.class).record(IngestEvent.of("api_call", "cus_1").withIdempotencyKey("evt-1"));
			MonigoEndpoint endpoint = context.getBean(MonigoEndpoint.class);

			Map<String, Object> first = endpoint.flush();
			Map<String, Object> second = endpoint.flush();

			assertThat(second).isEqualTo(first);
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(lastFlush(endpoint)).containsEntry("state", "completed"));
			wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/ingest")));
		});
	}

	@Test
	void whenMonigoIsDownTheFlushTimesOutAndKeepsTheEvent() {
		wireMock.stubFor(post("/v1/ingest").willReturn(aResponse().withStatus(503)));
		this.contextRunner.run((context) -> {
			context.getBean(UsageRecorder.class).record(IngestEvent.of("api_call", "cus_1"));
			MonigoEndpoint endpoint = context.getBean(MonigoEndpoint.class);

			endpoint.flush();

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(lastFlush(endpoint)).containsEntry("state", "timed_out"));
			assertThat(endpoint.pipeline()).containsEntry("pending", 1L);
			assertThat(endpoint.pipeline().get("lastError")).asString().contains("503");
		});
	}

	@Test
	void whenMonigoIsDisabledTheEndpointShowsTheDisabledRecorder() {
		this.contextRunner.withPropertyValues("monigo.enabled=false").run((context) -> {
			Map<String, Object> pipeline = context.getBean(MonigoEndpoint.class).pipeline();

			assertThat(pipeline).containsEntry("state", "DISABLED").doesNotContainKeys("keyMode", "baseUrl");
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> lastFlush(MonigoEndpoint endpoint) {
		return (Map<String, Object>) endpoint.pipeline().get("lastFlush");
	}

	@Test
	void whenTheUserDefinesTheEndpointThenTheAutoConfigurationBacksOff() {
		this.contextRunner.withUserConfiguration(UserEndpointConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(MonigoEndpoint.class).hasBean("userMonigoEndpoint"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserEndpointConfiguration {

		@Bean
		MonigoEndpoint userMonigoEndpoint(UsageRecorder recorder) {
			return new MonigoEndpoint(recorder, null, Duration.ofSeconds(1));
		}

	}

}
