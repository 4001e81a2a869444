package co.monigo.spring.boot.metering;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.DropReason;
import co.monigo.metering.IngestCounters;
import co.monigo.metering.IngestSender;
import co.monigo.metering.MeteringSettings;
import co.monigo.spring.boot.metering.ExternalCustomerIdSinkTests.DeadLetters;
import co.monigo.spring.boot.metering.ExternalCustomerIdSinkTests.Dropped;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * In front of the batching pipeline, as its holding stage: the pipeline shows the waiting events, and
 * counts and dead-letters what the sink gives up on.
 */
class ExternalCustomerIdSinkInFrontOfThePipelineTests {

	@RegisterExtension
	final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final DeadLetters deadLetters = new DeadLetters();

	private ExternalCustomerIdSink sink;

	/** The sink in front of the pipeline, as the auto-configuration wires it. */
	private ExternalCustomerIdSink sinkBefore(BatchingUsageRecorder pipeline, int maxWaiting) {
		MonigoClient client = MonigoClient.builder()
			.apiKey("mk_test_mapping")
			.baseUrl(this.wireMock.baseUrl())
			.maxRetries(0)
			.build();
		this.sink = new ExternalCustomerIdSink(pipeline, pipeline::recordDropped, client,
				ExternalCustomerIdSinkTests.settings(false, maxWaiting, Duration.ofMillis(200)));
		pipeline.addHoldingStage(this.sink);
		return this.sink;
	}

	/** The pipeline, not started: what it is given stays pending, and its counters can be read. */
	private static BatchingUsageRecorder pipeline(DeadLetterHandler deadLetters) {
		IngestSender neverCalled = (batch, key) -> {
			throw new AssertionError("the pipeline is not started");
		};
		return new BatchingUsageRecorder(neverCalled, MeteringSettings.defaults(), deadLetters);
	}

	@AfterEach
	void close() {
		this.sink.close();
	}

	private void customerExists(String id, String externalId) {
		this.wireMock.stubFor(get("/v1/customers/" + externalId)
			.willReturn(okJson(ExternalCustomerIdSinkTests.customer(id, externalId))));
	}

	private void noCustomer(String externalId) {
		this.wireMock.stubFor(get("/v1/customers/" + externalId)
			.willReturn(aResponse().withStatus(404).withBody("{\"error\": \"customer not found\"}")));
	}

	@Test
	void inFrontOfThePipelineItsWaitingEventsAreShownByThePipeline() {
		noCustomer("user_late");
		BatchingUsageRecorder pipeline = pipeline(this.deadLetters);
		sinkBefore(pipeline, 1_000).accept(IngestEvent.of("api_call", "user_late"));

		assertThat(pipeline.waitingCount()).isOne();
		assertThat(pipeline.status().waiting()).isOne();
		assertThat(pipeline.status().recorded()).isZero();
	}

	@Test
	void anEventRefusedBecauseTooManyWaitIsCountedByThePipelineAsCustomerUnresolved() {
		noCustomer("user_late");
		BatchingUsageRecorder pipeline = pipeline(this.deadLetters);
		ExternalCustomerIdSink sink = sinkBefore(pipeline, 1);

		sink.accept(IngestEvent.of("api_call", "user_late"));
		sink.accept(IngestEvent.of("api_call", "user_late"));

		IngestCounters counters = pipeline.counters();
		assertThat(counters.recordedCount()).isOne();
		assertThat(counters.droppedCount(DropReason.CUSTOMER_UNRESOLVED)).isOne();
		assertThat(counters.balances()).isTrue();
		assertThat(sink.waitingCount()).isOne();
		assertThat(this.deadLetters.dropped).singleElement()
			.satisfies((dropped) -> assertThat(dropped.reason()).isEqualTo(DropReason.CUSTOMER_UNRESOLVED));
	}

	@Test
	void closingDropsTheWaitingEventsThroughThePipelineCountedAsShutdown() {
		noCustomer("user_late");
		BatchingUsageRecorder pipeline = pipeline(this.deadLetters);
		ExternalCustomerIdSink sink = sinkBefore(pipeline, 1_000);
		sink.accept(IngestEvent.of("api_call", "user_late"));
		sink.accept(IngestEvent.of("api_call", "user_late"));

		sink.close();

		IngestCounters counters = pipeline.counters();
		assertThat(counters.recordedCount()).isEqualTo(2);
		assertThat(counters.droppedCount(DropReason.SHUTDOWN)).isEqualTo(2);
		assertThat(counters.balances()).isTrue();
		assertThat(sink.waitingCount()).isZero();
		assertThat(sink.released()).isDone();
		assertThat(this.deadLetters.dropped).extracting((dropped) -> dropped.event().customerId(), Dropped::reason)
			.containsExactly(tuple("user_late", DropReason.SHUTDOWN), tuple("user_late", DropReason.SHUTDOWN));
	}

	@Test
	void anEventThePipelineRefusesOnceMappedIsCountedAndDeadLettered() {
		customerExists(" ", "user_blank");
		BatchingUsageRecorder pipeline = pipeline(this.deadLetters);
		ExternalCustomerIdSink sink = sinkBefore(pipeline, 1_000);

		sink.accept(IngestEvent.of("api_call", "user_blank"));

		await().atMost(Duration.ofSeconds(10)).until(() -> sink.waitingCount() == 0);
		IngestCounters counters = pipeline.counters();
		assertThat(counters.recordedCount()).isOne();
		assertThat(counters.droppedCount(DropReason.CUSTOMER_UNRESOLVED)).isOne();
		assertThat(counters.balances()).isTrue();
		assertThat(this.deadLetters.dropped).singleElement()
			.satisfies((dropped) -> assertThat(dropped.event().customerId()).isEqualTo("user_blank"));
	}

}
