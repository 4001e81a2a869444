package co.monigo.client.service;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.EventReplayJob;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;
import co.monigo.client.model.ReplayRequest;
import co.monigo.client.model.ReplayStatus;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventServiceContractTest extends ContractTestSupport {

	private static final String JOB = """
			{"id": "job_1", "org_id": "org_1", "initiated_by": "user_7", "status": "processing",
			 "from_timestamp": "2026-02-01T00:00:00Z", "to_timestamp": "2026-02-02T00:00:00Z",
			 "event_name": "api_call", "is_test": true, "events_total": 1200, "events_replayed": 300,
			 "started_at": "2026-02-03T09:00:01Z",
			 "created_at": "2026-02-03T09:00:00Z", "updated_at": "2026-02-03T09:00:05Z",
			 "future_field": {"nested": true}}""";

	@Test
	void ingestPostsTheEventsInOneBatchAndReadsIngestedAndDuplicateKeys() {
		wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": [\"cus_1_api_call_req_1\"],"
				+ " \"duplicates\": [\"cus_1_api_call_req_0\"], \"future_field\": 1}")));

		IngestResult result = this.client.events()
			.ingest(List.of(
					IngestEvent.of("api_call", "cus_1")
						.withIdempotencyKey("cus_1_api_call_req_1")
						.withTimestamp(Instant.parse("2026-02-01T10:00:00Z"))
						.withProperty("endpoint", "/v1/search")
						.withProperty("tokens", 1500),
					IngestEvent.of("api_call", "cus_1")
						.withIdempotencyKey("cus_1_api_call_req_0")
						.withTimestamp(Instant.parse("2026-02-01T09:59:00Z"))
						.withProperties(Map.of("latency_ms", 12.5))),
					RequestOptions.idempotencyKey("batch-1"))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/ingest")))
			.withHeader("Idempotency-Key", equalTo("batch-1"))
			.withRequestBody(equalToJson("""
					{"events": [
					 {"event_name": "api_call", "customer_id": "cus_1", "idempotency_key": "cus_1_api_call_req_1",
					  "timestamp": "2026-02-01T10:00:00Z", "properties": {"endpoint": "/v1/search", "tokens": 1500}},
					 {"event_name": "api_call", "customer_id": "cus_1", "idempotency_key": "cus_1_api_call_req_0",
					  "timestamp": "2026-02-01T09:59:00Z", "properties": {"latency_ms": 12.5}}]}""")));
		assertThat(result)
			.isEqualTo(new IngestResult(List.of("cus_1_api_call_req_1"), List.of("cus_1_api_call_req_0")));
	}

	@Test
	void ingestStampsAnAbsentTimestampWithTheCurrentTimeAndInventsNoIdempotencyKey() {
		wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": []}")));
		Instant before = Instant.now();

		IngestResult result = this.client.events().ingest(List.of(IngestEvent.of("api_call", "cus_1"))).block(WAIT);

		Instant after = Instant.now();
		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/ingest"))).withRequestBody(equalToJson(
				"{\"events\": [{\"event_name\": \"api_call\", \"customer_id\": \"cus_1\","
						+ " \"timestamp\": \"${json-unit.any-string}\"}]}")));
		JsonNode sent = MonigoJson.mapper()
			.readTree(wireMock.findAll(postRequestedFor(urlEqualTo("/v1/ingest"))).get(0).getBodyAsString());
		assertThat(Instant.parse(sent.get("events").get(0).get("timestamp").asString())).isBetween(before, after);
		assertThat(result.ingested()).isEmpty();
		assertThat(result.duplicates()).isEmpty();
	}

	@Test
	void ingestRefusesAnEmptyBatchOrMoreThanAThousandEventsBeforeSendingAnything() {
		IngestEvent event = IngestEvent.of("api_call", "cus_1");

		assertThatIllegalArgumentException().isThrownBy(() -> this.client.events().ingest(List.of()))
			.withMessage("events must hold 1 to 1000 events, was 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.events().ingest(Collections.nCopies(1001, event)))
			.withMessage("events must hold 1 to 1000 events, was 1001");
		wireMock.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void anEventWithoutItsNameOrCustomerIsRefusedNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> IngestEvent.of(" ", "cus_1"))
			.withMessage("event_name is required and must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> IngestEvent.of("api_call", null))
			.withMessage("customer_id is required and must not be blank");
	}

	@Test
	void startReplayPostsTheRangeAndReadsTheJob() {
		wireMock.stubFor(post("/v1/events/replay").willReturn(okJson("{\"job\": " + JOB + "}")));

		EventReplayJob job = this.client.events()
			.startReplay(ReplayRequest.of(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-02T00:00:00Z"))
				.withEventName("api_call"))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/events/replay")))
			.withRequestBody(equalToJson("{\"from\": \"2026-02-01T00:00:00Z\", \"to\": \"2026-02-02T00:00:00Z\","
					+ " \"event_name\": \"api_call\"}")));
		assertThat(job).isEqualTo(new EventReplayJob("job_1", "org_1", "user_7", ReplayStatus.PROCESSING,
				Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-02T00:00:00Z"), "api_call", true, 1200,
				300, null, Instant.parse("2026-02-03T09:00:01Z"), null, Instant.parse("2026-02-03T09:00:00Z"),
				Instant.parse("2026-02-03T09:00:05Z")));
		assertThat(job.status().isFinished()).isFalse();
	}

	@Test
	void getReplayReadsTheJobAndAStatusItDoesNotKnowAsUnknown() {
		wireMock.stubFor(get("/v1/events/replay/job_1").willReturn(okJson("""
				{"job": {"id": "job_1", "org_id": "org_1", "initiated_by": "user_7", "status": "cancelled",
				 "from_timestamp": "2026-02-01T00:00:00Z", "to_timestamp": "2026-02-02T00:00:00Z",
				 "is_test": false, "events_total": 1200, "events_replayed": 1200,
				 "error_message": "cancelled by an operator",
				 "created_at": "2026-02-03T09:00:00Z", "updated_at": "2026-02-03T09:10:00Z"}}""")));

		EventReplayJob job = this.client.events().getReplay("job_1").block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/events/replay/job_1"))));
		assertThat(job.status()).isEqualTo(ReplayStatus.UNKNOWN);
		assertThat(job.eventName()).isNull();
		assertThat(job.isTest()).isFalse();
		assertThat(job.eventsReplayed()).isEqualTo(1200);
		assertThat(job.errorMessage()).isEqualTo("cancelled by an operator");
		assertThat(job.completedAt()).isNull();
	}

	@Test
	void aReplayRangeThatEndsBeforeItStartsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReplayRequest.of(Instant.parse("2026-02-02T00:00:00Z"),
					Instant.parse("2026-02-01T00:00:00Z")))
			.withMessage("from must not be after to, was 2026-02-02T00:00:00Z > 2026-02-01T00:00:00Z");
	}

}
