package co.monigo.spring.boot.autoconfigure.actuate;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
import co.monigo.spring.boot.actuate.MonigoEndpoint.FlushDescriptor;
import co.monigo.spring.boot.actuate.MonigoEndpoint.PipelineDescriptor;
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

			PipelineDescriptor pipeline = context.getBean(MonigoEndpoint.class).pipeline();

			assertThat(pipeline.state()).isEqualTo("RUNNING");
			assertThat(pipeline.keyMode()).isEqualTo("live");
			assertThat(pipeline.baseUrl()).isEqualTo(wireMock.baseUrl());
			assertThat(pipeline.recorded()).isOne();
			assertThat(pipeline.pending()).isOne();
			assertThat(pipeline.capacity()).isEqualTo(10_000);
			assertThat(pipeline.droppedByReason()).containsEntry("queue_full", 0L).containsEntry("shutdown", 0L);
			assertThat(pipeline.toString()).doesNotContain(SECRET_KEY);
		});
	}

	@Test
	void theFlushOperationDeliversABufferedEventWithoutWaitingForTheLinger() {
		wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": [\"evt-1\"], \"duplicates\": []}")));
		this.contextRunner.run((context) -> {
			context.getBean(UsageRecorder.class).record(IngestEvent.of("api_call", "cus_1").withIdempotencyKey("evt-1"));

			FlushDescriptor flushed = context.getBean(MonigoEndpoint.class).flush();

			assertThat(flushed.completed()).isTrue();
			wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/ingest"))
				.withRequestBody(matchingJsonPath("$.events[0].idempotency_key", equalTo("evt-1"))));
			assertThat(flushed.pipeline().delivered()).isOne();
			assertThat(flushed.pipeline().pending()).isZero();
			assertThat(context.getBean(BatchingUsageRecorder.class).counters().balances()).isTrue();
		});
	}

	@Test
	void whenMonigoIsDownTheFlushReportsThatItDidNotCompleteAndKeepsTheEvent() {
		wireMock.stubFor(post("/v1/ingest").willReturn(aResponse().withStatus(503)));
		this.contextRunner.run((context) -> {
			context.getBean(UsageRecorder.class).record(IngestEvent.of("api_call", "cus_1"));

			FlushDescriptor flushed = context.getBean(MonigoEndpoint.class).flush();

			assertThat(flushed.completed()).isFalse();
			assertThat(flushed.pipeline().pending()).isOne();
			assertThat(flushed.pipeline().lastError()).contains("503");
		});
	}

	@Test
	void whenMonigoIsDisabledTheEndpointShowsTheDisabledRecorder() {
		this.contextRunner.withPropertyValues("monigo.enabled=false").run((context) -> {
			PipelineDescriptor pipeline = context.getBean(MonigoEndpoint.class).pipeline();

			assertThat(pipeline.state()).isEqualTo("DISABLED");
			assertThat(pipeline.keyMode()).isNull();
			assertThat(pipeline.baseUrl()).isNull();
		});
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
