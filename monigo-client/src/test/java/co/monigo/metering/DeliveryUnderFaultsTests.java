package co.monigo.metering;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.JsonNode;

import co.monigo.metering.FakeIngestServer.Answer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14 item 2: a batch waiting out its backoff holds no slot, so the others keep flowing.
 */
class DeliveryUnderFaultsTests {

	private final FakeIngestServer server = new FakeIngestServer();

	private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

	private BatchingUsageRecorder recorder;

	@AfterEach
	void stop() {
		if (this.recorder != null) {
			this.recorder.shutdown(Duration.ofMillis(200));
			this.recorder.close();
		}
		this.server.close();
		this.time.dispose();
	}

	@Test
	void aBatchWaitingOutItsBackoffHoldsNoSlotAndTheOthersAreDeliveredMeanwhile() {
		this.server.behave((request, events) -> {
			for (JsonNode event : events) {
				if (event.get("customer_id").asString().equals("cus_stuck")) {
					return Answer.fail(aResponse().withStatus(503));
				}
			}
			return Answer.accept();
		});
		// Virtual time never advanced: the failing batch's backoff ends only when a success resumes it. The
		// circuit is kept closed: the batch, sent again after each success, fails half of the requests.
		this.recorder = Pipelines.start(this.server.baseUrl(), Duration.ofSeconds(5),
				IngestPipelineFaultMatrixTests.fast()
					.maxInFlight(2)
					.batchSize(1)
					.circuitBreaker(new MeteringSettings.CircuitSettings(50, Duration.ofMillis(200), 1000, 1000, 1))
					.build(),
				new RecordingDeadLetterHandler(), this.time);
		Pipelines.record(this.recorder, 1, (i) -> "cus_stuck");
		await().atMost(Pipelines.WAIT).until(() -> this.recorder.status().failureStreak() >= 1);
		// One 503 lowered the adaptive limit to one batch on its way; the waiting batch must not take it.
		assertThat(this.recorder.inFlightLimit()).isEqualTo(1);

		Set<String> others = Pipelines.record(this.recorder, 20);

		await().atMost(Duration.ofSeconds(20)).until(() -> this.server.acceptedKeys().equals(others));
		assertThat(this.recorder.counters().pendingCount()).as("the failing batch").isEqualTo(1);
	}

}
