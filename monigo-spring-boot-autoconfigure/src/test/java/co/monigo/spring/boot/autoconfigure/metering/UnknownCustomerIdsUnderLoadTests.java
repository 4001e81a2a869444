package co.monigo.spring.boot.autoconfigure.metering;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.JsonNode;

import co.monigo.client.internal.MonigoJson;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DropReason;
import co.monigo.metering.IngestCounters;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.ExternalCustomerIdFlushAndShutdownTests.Calls;
import co.monigo.spring.boot.autoconfigure.metering.ExternalCustomerIdFlushAndShutdownTests.CallsConfiguration;
import co.monigo.spring.boot.metering.CapturedLog;
import co.monigo.spring.boot.metering.ExternalCustomerIdSink;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A stream of random customer ids from callers, against a fake Monigo that knows ten customers: each
 * unknown id costs a bounded number of look-ups (one GET each), the log stays bounded, and the known
 * customers' events are all delivered.
 */
class UnknownCustomerIdsUnderLoadTests {

	private static final int KNOWN = 10;

	private static final int STRANGERS = 200;

	private static final int KNOWN_EVENTS_PER_STRANGER = 5;

	private static final int MAX_LOOKUPS = 2;

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().containerThreads(32))
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AopAutoConfiguration.class, MonigoAutoConfiguration.class,
				MonigoMeteringAutoConfiguration.class, MonigoMeteredAutoConfiguration.class))
		.withUserConfiguration(CallsConfiguration.class)
		.withPropertyValues("monigo.api-key=mk_test_load_0001", "monigo.base-url=" + wireMock.baseUrl(),
				"monigo.metering.customer.id-type=external-id", "monigo.metering.customer.retry-interval=50ms",
				"monigo.metering.customer.max-retry-interval=2s",
				"monigo.metering.customer.max-lookups=" + MAX_LOOKUPS, "monigo.metering.linger=20ms",
				"monigo.metering.capacity=2000");

	@Test
	void randomUnknownIdsCostBoundedLookUpsAndLogLinesAndKnownCustomersLoseNothing() {
		wireMock.stubFor(get(urlPathMatching("/v1/customers/.*")).atPriority(10)
			.willReturn(aResponse().withStatus(404).withBody("{\"error\": \"customer not found\"}")));
		for (int i = 0; i < KNOWN; i++) {
			wireMock.stubFor(get("/v1/customers/known_" + i).atPriority(1)
				.willReturn(okJson("{\"customer\": {\"id\": \"cus_" + i + "\", \"external_id\": \"known_" + i + "\"}}")));
		}
		wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": [], \"duplicates\": []}")));
		try (CapturedLog log = CapturedLog.of(ExternalCustomerIdSink.class)) {
			this.contextRunner.run((context) -> {
				Calls calls = context.getBean(Calls.class);
				ExternalCustomerIdSink sink = context.getBean(ExternalCustomerIdSink.class);
				BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);

				callFromFourThreads(calls);

				await().atMost(Duration.ofSeconds(60))
					.until(() -> sink.droppedCount() == 2L * STRANGERS && sink.waitingCount() == 0);
				await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
					.until(() -> strangerLookUps() == (long) MAX_LOOKUPS * STRANGERS);
				recorder.flush().get(30, TimeUnit.SECONDS);

				IngestCounters counters = recorder.counters();
				assertThat(counters.droppedCount(DropReason.QUEUE_FULL)).isZero();
				assertThat(counters.deliveredCount()).isEqualTo((long) KNOWN_EVENTS_PER_STRANGER * STRANGERS);
				assertThat(counters.droppedCount(DropReason.CUSTOMER_UNRESOLVED)).isEqualTo(2L * STRANGERS);
				assertThat(counters.balances()).isTrue();
				assertThat(ingestedCustomers()).hasSize(KNOWN_EVENTS_PER_STRANGER * STRANGERS)
					.allSatisfy((customer) -> assertThat(customer).startsWith("cus_"));
				for (int i = 0; i < KNOWN; i++) {
					wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/customers/known_" + i)));
				}
				wireMock.verify(0, getRequestedFor(urlEqualTo("/v1/customers")));
			});
			assertThat(log.linesAtLeast(Level.WARN)).as("a bounded log, whatever the number of ids")
				.hasSizeLessThanOrEqualTo(6);
		}
	}

	/** Each stranger's id twice, between known customers' calls. */
	private static void callFromFourThreads(Calls calls) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<CompletableFuture<Void>> done = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				done.add(CompletableFuture.runAsync(() -> {
					for (int s = 0; s < STRANGERS / 4; s++) {
						String stranger = UUID.randomUUID().toString();
						calls.call(stranger);
						for (int k = 0; k < KNOWN_EVENTS_PER_STRANGER; k++) {
							calls.call("known_" + (s + k) % KNOWN);
						}
						calls.call(stranger);
					}
				}, threads));
			}
			CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdown();
		}
	}

	private static long strangerLookUps() {
		return wireMock.findAll(getRequestedFor(urlPathMatching("/v1/customers/.*")))
			.stream()
			.filter((request) -> !request.getUrl().startsWith("/v1/customers/known_"))
			.count();
	}

	private static List<String> ingestedCustomers() {
		List<String> customers = new ArrayList<>();
		wireMock.findAll(postRequestedFor(urlEqualTo("/v1/ingest")))
			.forEach((request) -> MonigoJson.parse(request.getBody())
				.get("events")
				.forEach((JsonNode event) -> customers.add(event.get("customer_id").asString())));
		return customers;
	}

}
