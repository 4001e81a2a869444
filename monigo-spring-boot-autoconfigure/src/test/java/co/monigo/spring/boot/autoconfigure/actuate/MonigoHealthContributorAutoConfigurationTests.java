package co.monigo.spring.boot.autoconfigure.actuate;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.actuate.MonigoHealthIndicator;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteringAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MonigoHealthContributorAutoConfigurationTests {

	private static final String SECRET_KEY = "mk_test_health_do_not_show_0123456789";

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoAutoConfiguration.class, MonigoMeteringAutoConfiguration.class,
				MonigoHealthContributorAutoConfiguration.class))
		.withPropertyValues("monigo.api-key=" + SECRET_KEY, "monigo.base-url=" + wireMock.baseUrl(),
				"monigo.metering.linger=50ms", "monigo.metering.paused-retry-interval=100ms",
				"monigo.metering.shutdown-timeout=200ms");

	@Test
	void whileThePipelineRunsTheMonigoIndicatorIsUpAndShowsTheKeyMode() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(MonigoHealthIndicator.class).hasBean("monigoHealthIndicator");
			Health health = context.getBean(MonigoHealthIndicator.class).health();

			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("state", "RUNNING")
				.containsEntry("keyMode", "test")
				.containsEntry("pending", 0L)
				.containsEntry("capacity", 10_000)
				.containsKeys("recorded", "delivered", "duplicates", "rejected", "dropped", "oldestPendingAge")
				.doesNotContainKey("reason");
		});
	}

	@Test
	void afterMonigoRefusesTheKeyTheIndicatorStaysUpAndShowsWhyButNoKey() {
		refuseTheKey();
		this.contextRunner.run((context) -> {
			MonigoHealthIndicator indicator = context.getBean(MonigoHealthIndicator.class);

			context.getBean(UsageRecorder.class).record(IngestEvent.of("api_call", "cus_1"));

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(indicator.health().getDetails()).containsEntry("delivering", false));
			Health health = indicator.health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("reason", "UNAUTHORIZED")
				.containsEntry("state", "UNAUTHORIZED")
				.containsEntry("keyMode", "test")
				.containsEntry("pending", 1L)
				.containsKeys("lastError", "description");
			assertThat(health.getDetails().get("lastError").toString()).contains("401");
			assertThat(health.getDetails().get("description").toString()).contains("monigo.api-key");
			assertThat(health.toString()).doesNotContain(SECRET_KEY);
			assertThat(context.getBean(BatchingUsageRecorder.class).counters().balances()).isTrue();
		});
	}

	@Test
	void whenTheApplicationOptsInTheIndicatorIsDownWhileMonigoRefusesTheKey() {
		refuseTheKey();
		this.contextRunner.withPropertyValues("management.health.monigo.down-when-paused=true").run((context) -> {
			MonigoHealthIndicator indicator = context.getBean(MonigoHealthIndicator.class);
			assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

			context.getBean(UsageRecorder.class).record(IngestEvent.of("api_call", "cus_1"));

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN));
			assertThat(indicator.health().getDetails()).containsEntry("reason", "UNAUTHORIZED");
		});
	}

	@Test
	void whenTheKeyWorksAgainTheIndicatorShowsDeliveryAgainAndTheEventsAreDelivered() {
		wireMock.stubFor(post("/v1/ingest").willReturn(aResponse().withStatus(401)));
		this.contextRunner.withPropertyValues("management.health.monigo.down-when-paused=true").run((context) -> {
			MonigoHealthIndicator indicator = context.getBean(MonigoHealthIndicator.class);
			BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);
			recorder.record(IngestEvent.of("api_call", "cus_1").withIdempotencyKey("evt-1"));
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN));

			wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": [\"evt-1\"], \"duplicates\": []}")));

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(indicator.health().getStatus()).isEqualTo(Status.UP));
			assertThat(indicator.health().getDetails()).containsEntry("delivered", 1L)
				.containsEntry("delivering", true)
				.containsEntry("pending", 0L)
				.containsKey("lastSuccess")
				.doesNotContainKey("reason");
			assertThat(recorder.counters().balances()).isTrue();
		});
	}

	@Test
	void whenTheCircuitOpensOnAFailingServerTheIndicatorStaysUpAndShowsThatReason() {
		wireMock.stubFor(post("/v1/ingest").willReturn(aResponse().withStatus(503)));
		this.contextRunner
			.withPropertyValues("monigo.metering.retry.initial-backoff=10ms", "monigo.metering.retry.max-backoff=20ms",
					"monigo.metering.circuit-breaker.open-duration=1m")
			.run((context) -> {
				MonigoHealthIndicator indicator = context.getBean(MonigoHealthIndicator.class);

				context.getBean(UsageRecorder.class).record(IngestEvent.of("api_call", "cus_1"));

				await().atMost(Duration.ofSeconds(10))
					.untilAsserted(() -> assertThat(indicator.health().getDetails()).containsEntry("reason",
							"CIRCUIT_OPEN"));
				assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
				assertThat(indicator.health().getDetails()).containsEntry("pending", 1L);
			});
	}

	@Test
	void whenMonigoIsDisabledTheIndicatorIsUpWithStateDisabledAndNoKeyMode() {
		this.contextRunner.withPropertyValues("monigo.enabled=false").run((context) -> {
			Health health = context.getBean(MonigoHealthIndicator.class).health();

			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("state", "DISABLED").doesNotContainKey("keyMode");
		});
	}

	@Test
	void whenTheIndicatorIsDisabledThenItIsNotCreated() {
		this.contextRunner.withPropertyValues("management.health.monigo.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MonigoHealthIndicator.class));
	}

	@Test
	void whenTheUserDefinesTheMonigoIndicatorThenTheAutoConfigurationBacksOff() {
		HealthIndicator own = () -> Health.up().build();
		this.contextRunner.withBean("monigoHealthIndicator", HealthIndicator.class, () -> own).run((context) -> {
			assertThat(context).doesNotHaveBean(MonigoHealthIndicator.class);
			assertThat(context.getBean("monigoHealthIndicator")).isSameAs(own);
		});
	}

	private static void refuseTheKey() {
		wireMock.stubFor(post("/v1/ingest").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": \"key " + SECRET_KEY + " is revoked\"}")));
	}

}
