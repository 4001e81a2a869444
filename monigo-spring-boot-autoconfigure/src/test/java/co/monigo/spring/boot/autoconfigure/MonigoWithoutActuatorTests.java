package co.monigo.spring.boot.autoconfigure;

import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.autoconfigure.actuate.MonigoEndpointAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.actuate.MonigoHealthContributorAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.actuate.MonigoMetricsAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteringAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator, health and Micrometer are optional: without them the pipeline works the same. The
 * auto-configurations are imported as an application imports them, so the class conditions read from
 * the auto-configuration metadata filter them out before their annotations are loaded.
 */
class MonigoWithoutActuatorTests {

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate", "org.springframework.boot.health",
				"org.springframework.boot.micrometer", "io.micrometer.core"))
		.withUserConfiguration(AllMonigoAutoConfigurations.class)
		.withPropertyValues("monigo.api-key=mk_test_no_actuator_0001", "monigo.base-url=" + wireMock.baseUrl(),
				"monigo.metering.linger=1m", "management.endpoints.web.exposure.include=*");

	@Test
	void withoutActuatorTheContextStartsWithTheRecorderAndNothingElse() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(BatchingUsageRecorder.class);
			assertThat(context).doesNotHaveBean("monigoHealthIndicator")
				.doesNotHaveBean("monigoMeterBinder")
				.doesNotHaveBean("monigoEndpoint");
		});
	}

	@Test
	void withActuatorTheSameImportsAddTheHealthIndicatorAndTheEndpoint() {
		this.contextRunner.withClassLoader(getClass().getClassLoader())
			.run((context) -> assertThat(context).hasBean("monigoHealthIndicator").hasBean("monigoEndpoint"));
	}

	@Test
	void withoutActuatorTheRecorderDeliversEvents() {
		wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": [\"evt-1\"], \"duplicates\": []}")));
		this.contextRunner.run((context) -> {
			UsageRecorder recorder = context.getBean(UsageRecorder.class);
			recorder.record(IngestEvent.of("api_call", "cus_1").withIdempotencyKey("evt-1"));

			recorder.flush().get(10, TimeUnit.SECONDS);

			wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/ingest")));
			assertThat(recorder.status().delivered()).isOne();
			assertThat(context.getBean(BatchingUsageRecorder.class).counters().balances()).isTrue();
		});
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ MonigoAutoConfiguration.class, MonigoMeteringAutoConfiguration.class,
			MonigoHealthContributorAutoConfiguration.class, MonigoMetricsAutoConfiguration.class,
			MonigoEndpointAutoConfiguration.class })
	static class AllMonigoAutoConfigurations {

	}

}
