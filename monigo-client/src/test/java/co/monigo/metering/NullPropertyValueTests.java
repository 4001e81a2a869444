package co.monigo.metering;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 2: a property whose value is null (a {@code @Metered} expression such as
 * {@code #result.model} finding nothing) is left out of the event; the usage itself is recorded.
 */
class NullPropertyValueTests {

	private final List<String> bodies = new CopyOnWriteArrayList<>();

	private final BatchingUsageRecorder recorder = new BatchingUsageRecorder(new IngestSender() {

		@Override
		public Mono<IngestResult> send(List<IngestEvent> batch, String requestKey) {
			throw new UnsupportedOperationException("the pipeline sends JSON");
		}

		@Override
		public Mono<IngestResult> sendJson(List<IngestEvent> events, byte[] body, String requestKey) {
			NullPropertyValueTests.this.bodies.add(new String(body, StandardCharsets.UTF_8));
			return Mono.just(new IngestResult(events.stream().map(IngestEvent::idempotencyKey).toList(), List.of()));
		}

	}, MeteringSettings.builder().linger(Duration.ofMillis(10)).build(), new RecordingDeadLetterHandler());

	@AfterEach
	void close() {
		this.recorder.close();
	}

	private static Map<String, Object> tokensWithoutModel() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("tokens", 1500);
		properties.put("model", null);
		return properties;
	}

	@Test
	void aNullValueInWithPropertiesIsLeftOutInsteadOfThrowing() {
		IngestEvent event = IngestEvent.of("tokens_used", "cus_1").withProperties(tokensWithoutModel());

		assertThat(event.properties()).containsExactly(Map.entry("tokens", 1500));
	}

	@Test
	void aNullValueGivenToTheConstructorIsLeftOut() {
		IngestEvent event = new IngestEvent("tokens_used", "cus_1", null, null, tokensWithoutModel());

		assertThat(event.properties()).containsOnlyKeys("tokens");
	}

	@Test
	void withPropertyOfNullRemovesTheProperty() {
		IngestEvent event = IngestEvent.of("tokens_used", "cus_1").withProperty("model", "large").withProperty("tokens", 3);

		IngestEvent without = event.withProperty("model", null);

		assertThat(without.properties()).containsExactly(Map.entry("tokens", 3));
	}

	@Test
	void theEventIsWrittenWithoutTheNullProperty() {
		IngestEvent event = IngestEvent.of("tokens_used", "cus_1").withProperties(tokensWithoutModel());

		String json = new String(MonigoJson.write(event), StandardCharsets.UTF_8);

		assertThat(json).contains("\"properties\":{\"tokens\":1500}").doesNotContain("model");
	}

	@Test
	void anEventWithANullPropertyValueIsRecordedAndDeliveredWithoutIt() throws Exception {
		this.recorder.start();

		IngestEvent recorded = this.recorder
			.record(IngestEvent.of("tokens_used", "cus_1").withProperties(tokensWithoutModel()));
		this.recorder.flush().get(10, TimeUnit.SECONDS);

		IngestCounters counters = this.recorder.counters();
		assertThat(counters.recordedCount()).isEqualTo(1);
		assertThat(counters.deliveredCount()).isEqualTo(1);
		assertThat(counters.balances()).as("accounting identity: %s", counters).isTrue();
		assertThat(this.bodies).singleElement()
			.satisfies((body) -> assertThat(body).contains(recorded.idempotencyKey(), "\"tokens\":1500")
				.doesNotContain("model"));
	}

}
