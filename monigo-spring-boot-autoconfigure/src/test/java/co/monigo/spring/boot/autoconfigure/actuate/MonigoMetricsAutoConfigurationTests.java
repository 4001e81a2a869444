package co.monigo.spring.boot.autoconfigure.actuate;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DisabledUsageRecorder;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.actuate.MonigoMeterBinder;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteredAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteringAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MonigoMetricsAutoConfigurationTests {

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class, MonigoAutoConfiguration.class,
				MonigoMeteringAutoConfiguration.class, MonigoMetricsAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class)
		.withPropertyValues("management.metrics.use-global-registry=false", "monigo.api-key=mk_test_metrics_0001",
				"monigo.base-url=" + wireMock.baseUrl(), "monigo.metering.linger=50ms",
				"monigo.metering.shutdown-timeout=200ms");

	@Test
	void thePipelinesMetersAreRegisteredUnderTheirDocumentedNames() {
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);

			assertThat(registry.find("monigo.events.recorded").functionCounter()).isNotNull();
			assertThat(registry.find("monigo.events.delivered").functionCounter()).isNotNull();
			assertThat(registry.find("monigo.events.duplicates").functionCounter()).isNotNull();
			assertThat(registry.find("monigo.events.rejected").functionCounter()).isNotNull();
			assertThat(registry.find("monigo.events.dropped").tag("reason", "queue_full").functionCounter())
				.isNotNull();
			assertThat(registry.find("monigo.events.dropped").tag("reason", "shutdown").functionCounter())
				.isNotNull();
			assertThat(registry.find("monigo.events.pending").gauge()).isNotNull();
			assertThat(registry.find("monigo.ingest.batch.size").summary()).isNotNull();
			assertThat(registry.find("monigo.ingest.retries").counter()).isNotNull();
		});
	}

	@Test
	void theMetersCountAnEventDeliveredToMonigo() {
		wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": [\"evt-1\"], \"duplicates\": []}")));
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);

			context.getBean(UsageRecorder.class).record(IngestEvent.of("api_call", "cus_1").withIdempotencyKey("evt-1"));

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(registry.get("monigo.events.delivered").functionCounter().count())
					.isEqualTo(1.0));
			assertThat(registry.get("monigo.events.recorded").functionCounter().count()).isEqualTo(1.0);
			assertThat(registry.get("monigo.events.pending").gauge().value()).isZero();
			assertThat(registry.get("monigo.ingest.batch.size").summary().count()).isOne();
			assertThat(registry.get("monigo.ingest.requests").tag("outcome", "success").tag("status", "200").timer()
				.count()).isOne();
			assertThat(context.getBean(BatchingUsageRecorder.class).counters().balances()).isTrue();
		});
	}

	@Test
	void theOldestPendingAgeGaugeStillReportsAfterAGarbageCollection() {
		wireMock.stubFor(post("/v1/ingest").willReturn(aResponse().withStatus(503)));
		this.contextRunner.withPropertyValues("monigo.metering.retry.initial-backoff=1m", "monigo.metering.retry.max-backoff=1m").run((context) -> {
			Gauge oldestAge = context.getBean(MeterRegistry.class).get("monigo.events.pending.oldest.age").gauge();
			context.getBean(UsageRecorder.class)
				.record(IngestEvent.of("api_call", "cus_1").withTimestamp(Instant.now().minusSeconds(60)));
			await().atMost(Duration.ofSeconds(10)).until(() -> oldestAge.value() >= 60.0);

			System.gc();

			assertThat(oldestAge.value()).isGreaterThanOrEqualTo(60.0);
		});
	}

	@Test
	void whenMonigoIsDisabledTheMetersCountTheEventsAsDroppedForThatReason() {
		this.contextRunner.withPropertyValues("monigo.enabled=false").run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);

			context.getBean(UsageRecorder.class).record(IngestEvent.of("api_call", "cus_1"));

			assertThat(registry.get("monigo.events.recorded").functionCounter().count()).isEqualTo(1.0);
			assertThat(registry.get("monigo.events.dropped").tag("reason", "disabled").functionCounter().count())
				.isEqualTo(1.0);
		});
	}

	@Test
	void meteredCallsThatCouldNotBeRecordedAreCountedByReason() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(AopAutoConfiguration.class, MonigoMeteredAutoConfiguration.class))
			.withBean(BrokenQuantity.class)
			.run((context) -> {
				context.getBean(BrokenQuantity.class).call();
				context.getBean(BrokenQuantity.class).call();

				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("monigo.metered.failures").tag("reason", "expression").functionCounter().count())
					.isEqualTo(2);
				assertThat(registry.get("monigo.metered.failures").tag("reason", "no_customer").functionCounter().count())
					.isZero();
			});
	}

	/** A metered method whose quantity expression fails at run time. */
	static class BrokenQuantity {

		@co.monigo.metering.Metered(value = "api_call", customer = "'cus_1'", quantity = "#nothing.size()")
		public void call() {
		}

	}

	@Test
	void withoutAMeterRegistryNoMetersAreBound() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MonigoMeteringAutoConfiguration.class,
					MonigoMetricsAutoConfiguration.class))
			.withPropertyValues("monigo.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(UsageRecorder.class)
				.doesNotHaveBean(MonigoMeterBinder.class));
	}

	@Test
	void whenTheUserDefinesTheBinderThenTheAutoConfigurationBacksOff() {
		MonigoMeterBinder own = new MonigoMeterBinder(new DisabledUsageRecorder());
		this.contextRunner.withBean(MonigoMeterBinder.class, () -> own)
			.run((context) -> assertThat(context.getBean(MonigoMeterBinder.class)).isSameAs(own));
	}

}
