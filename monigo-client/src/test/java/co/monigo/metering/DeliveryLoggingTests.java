package co.monigo.metering;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import co.monigo.metering.FakeIngestServer.Answer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator reads in the log (issue 10 item 10, item 11 and the dead-letter summary): one WARN
 * when delivery pauses and one INFO when it resumes, however many attempts; a refused event with its own
 * reason; summary lines whose counts add up to the counters.
 */
class DeliveryLoggingTests {

	private FakeIngestServer server = new FakeIngestServer();

	private BatchingUsageRecorder recorder;

	@AfterEach
	void stop() {
		if (this.recorder != null) {
			this.recorder.shutdown(Duration.ofMillis(200));
			this.recorder.close();
		}
		this.server.close();
	}

	private BatchingUsageRecorder start(MeteringSettings.Builder settings, DeadLetterHandler deadLetters) {
		this.recorder = Pipelines.start(this.server.baseUrl(), Duration.ofSeconds(5), settings.build(), deadLetters);
		return this.recorder;
	}

	@Test
	void aRefusedKeyLogsOneWarnWhenDeliveryPausesAndOneInfoWhenItResumes() throws Exception {
		AtomicBoolean keyFixed = new AtomicBoolean();
		this.server.behave((request, events) -> keyFixed.get() ? Answer.accept()
				: Answer.fail(aResponse().withStatus(401).withBody("{\"error\": \"invalid API key\"}")));
		try (CapturedLog log = new CapturedLog(PipelineHealth.class)) {
			start(IngestPipelineFaultMatrixTests.fast().batchSize(10), new RecordingDeadLetterHandler());
			Set<String> recorded = Pipelines.record(this.recorder, 100);
			await().atMost(Pipelines.WAIT).until(() -> this.server.requests() >= 20);

			keyFixed.set(true);
			Pipelines.flush(this.recorder);

			assertThat(this.server.acceptedKeys()).isEqualTo(recorded);
			assertThat(log.at(Level.WARN)).singleElement()
				.satisfies((line) -> assertThat(line).contains("paused", "401", "monigo.api-key")
					.doesNotContain(Pipelines.API_KEY));
			assertThat(log.at(Level.INFO)).singleElement().satisfies((line) -> assertThat(line).contains("resumed"));
		}
	}

	@Test
	void anOpeningCircuitLogsOneWarnAndOneInfoWhenDeliveryResumes() throws Exception {
		AtomicBoolean serverRecovered = new AtomicBoolean();
		this.server.behave((request, events) -> serverRecovered.get() ? Answer.accept()
				: Answer.fail(aResponse().withStatus(503)));
		try (CapturedLog log = new CapturedLog(PipelineHealth.class)) {
			start(IngestPipelineFaultMatrixTests.fast().batchSize(10)
				.circuitBreaker(new MeteringSettings.CircuitSettings(50, Duration.ofMillis(100), 4, 4, 2)),
					new RecordingDeadLetterHandler());
			Set<String> recorded = Pipelines.record(this.recorder, 100);
			await().atMost(Pipelines.WAIT).until(() -> this.server.requests() >= 12);
			assertThat(log.at(Level.WARN)).singleElement()
				.satisfies((line) -> assertThat(line).contains("paused", "circuit breaker"));

			serverRecovered.set(true);
			Pipelines.flush(this.recorder);

			assertThat(this.server.acceptedKeys()).isEqualTo(recorded);
			assertThat(log.at(Level.WARN)).hasSize(1);
			assertThat(log.at(Level.INFO)).singleElement().satisfies((line) -> assertThat(line).contains("resumed"));
		}
	}

	@Test
	void aRefusedEventIsLoggedWithItsOwnReasonAndWithoutClaimingTheBatchWasNotIngested() throws Exception {
		this.server.behave((request, events) -> {
			for (JsonNode event : events) {
				if (event.get("customer_id").asString().equals("acme")) {
					return Answer.fail(aResponse().withStatus(400)
						.withBody("{\"error\": \"1 of " + events.size() + " events are invalid; none was ingested\", "
								+ "\"details\": {\"" + event.get("idempotency_key").asString()
								+ "\": \"customer acme does not exist\"}}"));
				}
			}
			return Answer.accept();
		});
		try (CapturedLog log = new CapturedLog(LoggingDeadLetterHandler.class)) {
			start(IngestPipelineFaultMatrixTests.fast().batchSize(6).linger(Duration.ofSeconds(30)),
					new LoggingDeadLetterHandler());
			Set<String> others = Pipelines.record(this.recorder, 3);
			String refused = this.recorder.record(co.monigo.client.model.IngestEvent.of("api_call", "acme"))
				.idempotencyKey();
			others.addAll(Pipelines.record(this.recorder, 2));

			Pipelines.flush(this.recorder);

			assertThat(this.server.acceptedKeys()).isEqualTo(others);
			assertThat(this.recorder.counters().rejectedCount()).isEqualTo(1);
			assertThat(log.at(Level.ERROR)).singleElement()
				.satisfies((line) -> assertThat(line).contains(refused, "400", "customer acme does not exist")
					.doesNotContain("none was ingested"));
		}
	}

	@Test
	void afterAShutdownThatDroppedEventsTheSummaryLinesAddUpToTheDroppedCounter() throws Exception {
		this.server.close();
		try (CapturedLog log = new CapturedLog(LoggingDeadLetterHandler.class)) {
			this.recorder = Pipelines.start("http://127.0.0.1:" + Pipelines.freePort(), Duration.ofSeconds(1),
					IngestPipelineFaultMatrixTests.fast().batchSize(100).shutdownTimeout(Duration.ofMillis(300)).build(),
					new LoggingDeadLetterHandler());
			Pipelines.record(this.recorder, 1_000);

			this.recorder.close();

			IngestCounters counters = this.recorder.counters();
			assertThat(counters.droppedCount() + counters.unknownCount()).isEqualTo(1_000);
			assertThat(counters.balances()).as("accounting identity: %s", counters).isTrue();
			assertThat(summedUp(log.at(Level.ERROR))).isEqualTo(counters.droppedCount());
		}
	}

	/** The counts of the summary lines. */
	private static long summedUp(List<String> lines) {
		Pattern count = Pattern.compile("^(\\d+) usage events not delivered to Monigo \\(");
		long sum = 0;
		for (String line : lines) {
			Matcher matcher = count.matcher(line);
			assertThat(matcher.find()).as("a summary line: %s", line).isTrue();
			sum += Long.parseLong(matcher.group(1));
		}
		return sum;
	}

}
