package co.monigo.test.emulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.client.model.Customer;
import co.monigo.client.model.EventReplayJob;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.ReplayRequest;
import co.monigo.client.model.ReplayStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayEmulationTests extends EmulatorTestSupport {

	private static final Instant NOON = Instant.parse("2026-02-01T12:00:00Z");

	private void ingest(Customer customer, String eventName, String key, Instant at) {
		await(this.monigo.events()
			.ingest(List.of(IngestEvent.of(eventName, customer.id()).withIdempotencyKey(key).withTimestamp(at))));
	}

	@Test
	void replayJobStartsPendingCountingTheEventsInItsRange() {
		Customer ada = customer("ada");
		ingest(ada, "api_call", "in-1", NOON);
		ingest(ada, "api_call", "in-2", NOON.plus(1, ChronoUnit.HOURS));
		ingest(ada, "api_call", "out", NOON.plus(3, ChronoUnit.HOURS));

		EventReplayJob job = await(
				this.monigo.events().startReplay(ReplayRequest.of(NOON, NOON.plus(2, ChronoUnit.HOURS))));

		assertThat(job.id()).matches(UUID_PATTERN);
		assertThat(job.status()).isEqualTo(ReplayStatus.PENDING);
		assertThat(job.eventsTotal()).isEqualTo(2);
		assertThat(job.eventsReplayed()).isZero();
		assertThat(job.isTest()).isTrue();
	}

	@Test
	void replayJobIsCompletedWhenReadHavingReplayedItsEvents() {
		Customer ada = customer("ada");
		ingest(ada, "api_call", "k1", NOON);
		ingest(ada, "sms", "k2", NOON);
		EventReplayJob started = await(this.monigo.events()
			.startReplay(ReplayRequest.of(NOON.minusSeconds(60), NOON.plusSeconds(60)).withEventName("sms")));

		EventReplayJob job = await(this.monigo.events().getReplay(started.id()));

		assertThat(job.status()).isEqualTo(ReplayStatus.COMPLETED);
		assertThat(job.eventsTotal()).isEqualTo(1);
		assertThat(job.eventsReplayed()).isEqualTo(1);
		assertThat(job.eventName()).isEqualTo("sms");
		assertThat(job.completedAt()).isNotNull();
	}

	@Test
	void unknownReplayJobIsNotFound() {
		assertThat(failure(this.monigo.events().getReplay("job_none")).isNotFound()).isTrue();
	}

	@Test
	void replayWithoutItsRangeIsRefusedWithFieldDetails() {
		RawResponse response = raw("POST", "/v1/events/replay", TEST_KEY, "{\"to\": \"2026-02-01T12:00:00Z\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("details").has("from")).isTrue();
	}

}
