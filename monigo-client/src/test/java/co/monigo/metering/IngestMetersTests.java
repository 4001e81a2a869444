package co.monigo.metering;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;

import static org.assertj.core.api.Assertions.assertThat;

class IngestMetersTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final BatchingUsageRecorder recorder = new BatchingUsageRecorder(
			(batch, key) -> Mono.just(new IngestResult(List.of(batch.get(0).idempotencyKey()),
					batch.stream().skip(1).map(IngestEvent::idempotencyKey).toList())),
			MeteringSettings.builder().linger(Duration.ofMillis(10)).build(), new RecordingDeadLetterHandler());

	@AfterEach
	void close() {
		this.recorder.close();
	}

	@Test
	void theMetersFollowTheAccountingByTheirDocumentedNames() throws Exception {
		IngestMeters.bind(this.registry, this.recorder);
		this.recorder.start();

		this.recorder.record(IngestEvent.of("api_call", "cus_1"));
		this.recorder.record(IngestEvent.of("api_call", "cus_1"));
		this.recorder.flush().get(10, TimeUnit.SECONDS);

		assertThat(this.registry.get("monigo.events.recorded").functionCounter().count()).isEqualTo(2);
		assertThat(this.registry.get("monigo.events.delivered").functionCounter().count()
				+ this.registry.get("monigo.events.duplicates").functionCounter().count()).isEqualTo(2);
		assertThat(this.registry.get("monigo.events.rejected").functionCounter().count()).isZero();
		assertThat(this.registry.get("monigo.events.dropped").tag("reason", "queue_full").functionCounter().count())
			.isZero();
		assertThat(this.registry.get("monigo.events.pending").gauge().value()).isZero();
		assertThat(this.registry.get("monigo.events.pending.oldest.age").gauge().value()).isZero();
		assertThat(this.registry.get("monigo.ingest.requests").tag("outcome", "success").tag("status", "200").timer()
			.count()).isPositive();
		assertThat(this.registry.get("monigo.ingest.batch.size").summary().totalAmount()).isEqualTo(2);
		assertThat(this.registry.get("monigo.ingest.retries").counter().count()).isZero();
	}

	@Test
	void theOldestAgeGaugeKeepsReportingAfterAGarbageCollectionAndSeesEventsFillingABatch() {
		BatchingUsageRecorder lingering = new BatchingUsageRecorder(
				(batch, key) -> Mono.just(new IngestResult(List.of(), List.of())),
				MeteringSettings.builder().linger(Duration.ofMinutes(1)).build(), new RecordingDeadLetterHandler());
		IngestMeters.bind(this.registry, lingering);
		lingering.start();
		try {
			lingering.record(IngestEvent.of("api_call", "cus_1").withTimestamp(java.time.Instant.now().minusSeconds(60)));
			// The dispatcher takes the event from the buffer at once, then lingers for more.
			org.awaitility.Awaitility.await()
				.during(Duration.ofMillis(300))
				.atMost(Duration.ofSeconds(5))
				.until(() -> this.registry.get("monigo.events.pending.oldest.age").gauge().value() >= 60);

			System.gc();

			assertThat(this.registry.get("monigo.events.pending.oldest.age").gauge().value()).isGreaterThanOrEqualTo(60);
		}
		finally {
			lingering.shutdown(Duration.ofMillis(100));
		}
	}

	@Test
	void everyDropReasonHasItsOwnSeries() {
		IngestMeters.bind(this.registry, new DisabledUsageRecorder());

		assertThat(this.registry.get("monigo.events.dropped").functionCounters()).hasSize(DropReason.values().length);
	}

}
