package co.monigo.spring.boot.metering;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.IngestStatus;
import co.monigo.metering.LoggingDeadLetterHandler;
import co.monigo.metering.UsageRecorder;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ExternalCustomerIdSinkTests {

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final List<IngestEvent> recorded = new CopyOnWriteArrayList<>();

	private final UsageRecorder recorder = new UsageRecorder() {
		@Override
		public IngestEvent record(IngestEvent event) {
			ExternalCustomerIdSinkTests.this.recorded.add(event);
			return event;
		}

		@Override
		public CompletableFuture<Void> flush() {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public IngestStatus status() {
			throw new UnsupportedOperationException();
		}
	};

	private ExternalCustomerIdSink sink;

	private ExternalCustomerIdSink sink(boolean createMissing) {
		MonigoClient client = MonigoClient.builder()
			.apiKey("mk_test_mapping")
			.baseUrl(wireMock.baseUrl())
			.maxRetries(0)
			.build();
		this.sink = new ExternalCustomerIdSink(this.recorder, client, new LoggingDeadLetterHandler(),
				new ExternalCustomerIdSink.Settings(createMissing, 1_000, Duration.ofMinutes(10), 1_000,
						Duration.ofMillis(200)));
		return this.sink;
	}

	@AfterEach
	void close() {
		this.sink.close();
	}

	private static String customers(String... idAndExternalId) {
		StringBuilder json = new StringBuilder("{\"customers\": [");
		for (int i = 0; i < idAndExternalId.length; i += 2) {
			json.append((i > 0) ? ", " : "")
				.append("{\"id\": \"")
				.append(idAndExternalId[i])
				.append("\", \"external_id\": \"")
				.append(idAndExternalId[i + 1])
				.append("\", \"name\": \"x\"}");
		}
		return json.append("], \"count\": ").append(idAndExternalId.length / 2).append('}').toString();
	}

	@Test
	void manyCallsForOneNewExternalIdCauseOneLookup() {
		wireMock.stubFor(get("/v1/customers")
			.willReturn(okJson(customers("cus_9", "user_9", "cus_8", "user_8")).withFixedDelay(300)));
		ExternalCustomerIdSink sink = sink(false);

		for (int i = 0; i < 50; i++) {
			sink.accept(IngestEvent.of("api_call", "user_9"));
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> this.recorded.size() == 50);
		assertThat(this.recorded).allSatisfy((event) -> assertThat(event.customerId()).isEqualTo("cus_9"));
		wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/customers")));
		assertThat(sink.cachedMonigoId("user_8")).as("learned from the same listing").isEqualTo("cus_8");
	}

	@Test
	void aKnownIdIsRecordedAtOnceOnTheCallingThread() {
		wireMock.stubFor(get("/v1/customers").willReturn(okJson(customers("cus_9", "user_9"))));
		ExternalCustomerIdSink sink = sink(false);
		sink.accept(IngestEvent.of("api_call", "user_9"));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.recorded.size() == 1);

		sink.accept(IngestEvent.of("api_call", "user_9"));

		assertThat(this.recorded).hasSize(2);
	}

	@Test
	void anUnknownIdWithCreateOnFirstSightCreatesTheCustomerOnce() {
		wireMock.stubFor(get("/v1/customers").willReturn(okJson(customers())));
		wireMock.stubFor(post("/v1/customers").willReturn(okJson(
				"{\"customer\": {\"id\": \"cus_new\", \"external_id\": \"user_new\", \"name\": \"user_new\"}}")));
		ExternalCustomerIdSink sink = sink(true);

		for (int i = 0; i < 20; i++) {
			sink.accept(IngestEvent.of("api_call", "user_new"));
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> this.recorded.size() == 20);
		assertThat(this.recorded).allSatisfy((event) -> assertThat(event.customerId()).isEqualTo("cus_new"));
		wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
	}

	@Test
	void anUnknownIdWithoutCreateKeepsAndCountsTheEventsUntilTheCustomerExists() {
		wireMock.stubFor(get("/v1/customers").willReturn(okJson(customers())));
		ExternalCustomerIdSink sink = sink(false);

		for (int i = 0; i < 20; i++) {
			sink.accept(IngestEvent.of("api_call", "user_late"));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> sink.failedLookupCount() >= 1);
		assertThat(this.recorded).isEmpty();
		assertThat(sink.waitingCount()).isEqualTo(20);
		assertThat(sink.droppedCount()).isZero();

		wireMock.stubFor(get("/v1/customers").willReturn(okJson(customers("cus_late", "user_late"))));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.recorded.size() == 20);
		assertThat(sink.waitingCount()).isZero();
		assertThat(this.recorded.get(0).timestamp()).as("stamped when the call happened").isNotNull();
	}

}
