package co.monigo.metering;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecordingValidationTests {

	private final BatchingUsageRecorder recorder = new BatchingUsageRecorder(
			(batch, key) -> Mono.just(new IngestResult(List.of(), List.of())), MeteringSettings.defaults(),
			new RecordingDeadLetterHandler());

	@AfterEach
	void close() {
		this.recorder.close();
	}

	@Test
	void anEventWithoutKeyOrTimestampIsStampedWithBoth() {
		Instant before = Instant.now();

		IngestEvent stamped = this.recorder.record(IngestEvent.of("api_call", "cus_1"));

		assertThat(stamped.idempotencyKey()).startsWith("evt_");
		assertThat(stamped.timestamp()).isBetween(before, Instant.now());
	}

	@Test
	void eachEventGetsItsOwnKey() {
		String first = this.recorder.record(IngestEvent.of("api_call", "cus_1")).idempotencyKey();
		String second = this.recorder.record(IngestEvent.of("api_call", "cus_1")).idempotencyKey();

		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void theCallersKeyAndTimestampAreKept() {
		Instant at = Instant.parse("2026-02-01T10:00:00Z");

		IngestEvent stamped = this.recorder
			.record(IngestEvent.of("api_call", "cus_1").withIdempotencyKey("req_42").withTimestamp(at));

		assertThat(stamped.idempotencyKey()).isEqualTo("req_42");
		assertThat(stamped.timestamp()).isEqualTo(at);
	}

	@Test
	void aPropertyThatIsNotJsonIsRefusedAtTheCallNamingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.recorder.record(IngestEvent.of("api_call", "cus_1").withProperty("payload", new Object())))
			.withMessageContaining("properties.payload")
			.withMessageContaining("java.lang.Object");
		assertThat(this.recorder.counters().recordedCount()).isZero();
	}

	@Test
	void aNestedPropertyThatIsNotJsonIsRefusedWithItsPath() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.recorder.record(IngestEvent.of("api_call", "cus_1")
				.withProperty("usage", Map.of("models", List.of("large", Double.NaN)))))
			.withMessageContaining("properties.usage.models.[1]")
			.withMessageContaining("finite");
	}

	@Test
	void anEventWithoutCustomerIsRefusedNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> IngestEvent.of("api_call", " "))
			.withMessageContaining("customer_id");
		assertThatIllegalArgumentException().isThrownBy(() -> IngestEvent.of("", "cus_1"))
			.withMessageContaining("event_name");
	}

	@Test
	void recordAllRecordsNothingWhenOneEventIsInvalid() {
		List<IngestEvent> events = List.of(IngestEvent.of("api_call", "cus_1"),
				IngestEvent.of("api_call", "cus_2").withProperty("bad", new Object()));

		assertThatIllegalArgumentException().isThrownBy(() -> this.recorder.recordAll(events));

		assertThat(this.recorder.counters().recordedCount()).isZero();
	}

	@Test
	void theDisabledRecorderValidatesStampsAndCountsButSendsNothing() {
		DisabledUsageRecorder disabled = new DisabledUsageRecorder();

		IngestEvent stamped = disabled.record(IngestEvent.of("api_call", "cus_1"));

		assertThat(stamped.idempotencyKey()).isNotNull();
		assertThat(disabled.counters().recordedCount()).isEqualTo(1);
		assertThat(disabled.counters().droppedCount(DropReason.DISABLED)).isEqualTo(1);
		assertThat(disabled.counters().balances()).isTrue();
		assertThat(disabled.status().state()).isEqualTo(PipelineState.DISABLED);
		assertThat(disabled.flush()).isCompleted();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> disabled.record(IngestEvent.of("api_call", "cus_1").withProperty("x", new Object())));
	}

	@Test
	void settingsRefuseBadValuesNamingThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> MeteringSettings.builder().batchSize(1001).build())
			.withMessageContaining("batch-size");
		assertThatIllegalArgumentException().isThrownBy(() -> MeteringSettings.builder().capacity(0).build())
			.withMessageContaining("capacity");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MeteringSettings.builder().linger(java.time.Duration.ofMillis(-1)).build())
			.withMessageContaining("linger");
	}

}
