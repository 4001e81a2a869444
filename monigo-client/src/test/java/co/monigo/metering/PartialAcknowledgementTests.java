package co.monigo.metering;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import co.monigo.metering.FakeIngestServer.Answer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10 item 3: a 2xx answer that names only some of the batch's events settles only those; the
 * others are not counted delivered, are sent again, and are delivered once Monigo acknowledges them.
 */
class PartialAcknowledgementTests {

	private final FakeIngestServer server = new FakeIngestServer();

	private final RecordingDeadLetterHandler deadLetters = new RecordingDeadLetterHandler();

	private BatchingUsageRecorder recorder;

	@AfterEach
	void stop() {
		if (this.recorder != null) {
			this.recorder.shutdown(Duration.ofMillis(200));
			this.recorder.close();
		}
		this.server.close();
	}

	@Test
	void eventsA2xxAnswerLeavesOutAreNotCountedDeliveredAndAreSentAgainUntilAcknowledged() throws Exception {
		List<List<String>> requests = new CopyOnWriteArrayList<>();
		List<String> firstFour = new CopyOnWriteArrayList<>();
		AtomicBoolean serverRecovered = new AtomicBoolean();
		this.server.behave((request, events) -> {
			List<String> keys = keys(events);
			requests.add(keys);
			if (request == 1) {
				firstFour.addAll(keys.subList(0, 4));
				return Answer.acknowledgeOnly(firstFour::contains);
			}
			return serverRecovered.get() ? Answer.accept() : Answer.fail(aResponse().withStatus(503));
		});
		this.recorder = Pipelines.start(this.server.baseUrl(), Duration.ofSeconds(5),
				IngestPipelineFaultMatrixTests.fast().batchSize(10).linger(Duration.ofSeconds(30)).build(),
				this.deadLetters);

		Set<String> recorded = Pipelines.record(this.recorder, 10);
		await().atMost(Pipelines.WAIT).until(() -> requests.size() >= 3);

		IngestCounters counters = this.recorder.counters();
		assertThat(counters.deliveredCount()).as("events the 2xx named").isEqualTo(4);
		assertThat(counters.pendingCount()).as("events the 2xx left out").isEqualTo(6);
		assertThat(counters.balances()).as("accounting identity: %s", counters).isTrue();
		List<String> leftOut = new ArrayList<>(recorded);
		leftOut.removeAll(firstFour);
		assertThat(requests.subList(1, requests.size())).as("requests after the partial answer")
			.allSatisfy((keys) -> assertThat(keys).containsExactlyInAnyOrderElementsOf(leftOut));

		serverRecovered.set(true);
		Pipelines.flush(this.recorder);

		assertThat(this.server.acceptedKeys()).isEqualTo(recorded);
		assertThat(this.server.keysAcceptedTwice()).isEmpty();
		assertThat(counters.deliveredCount()).isEqualTo(10);
		assertThat(counters.duplicateCount() + counters.droppedCount() + counters.rejectedCount()).isZero();
		assertThat(counters.pendingCount()).isZero();
		assertThat(counters.balances()).as("accounting identity: %s", counters).isTrue();
	}

	private static List<String> keys(List<JsonNode> events) {
		return events.stream().map((event) -> event.get("idempotency_key").asString()).toList();
	}

}
