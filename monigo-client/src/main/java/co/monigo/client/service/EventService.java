package co.monigo.client.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.internal.ApiRequest;
import co.monigo.client.internal.JsonBody;
import co.monigo.client.internal.MonigoTransport;
import co.monigo.client.model.EventReplayJob;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;
import co.monigo.client.model.ReplayRequest;

/**
 * Usage events: ingesting them ({@code /v1/ingest}) and replaying those already received
 * ({@code /v1/events/replay}).
 */
public final class EventService {

	/** The most events one ingest call may carry. */
	public static final int MAX_EVENTS_PER_INGEST = 1000;

	private static final String JOB = "job";

	private final MonigoTransport transport;

	public EventService(MonigoTransport transport) {
		this.transport = transport;
	}

	public Mono<IngestResult> ingest(List<IngestEvent> events) {
		return ingest(events, RequestOptions.none());
	}

	/**
	 * Sends 1 to {@value #MAX_EVENTS_PER_INGEST} events in one call.
	 * <p>
	 * An event without a timestamp is sent with the current time, taken once per subscription for the
	 * whole batch (the retries of one call send the same time). An event without an idempotency key is
	 * sent without one: this method does not invent keys, because a key made up per call would differ
	 * on each new call with the same event and so defeat the server's de-duplication. Give each event
	 * a stable key; the metering pipeline assigns one when an event is recorded. The result lists the
	 * keys of the events stored and of the duplicates the server already had.
	 * @throws IllegalArgumentException at once, before anything is sent, when {@code events} is empty,
	 * holds more than {@value #MAX_EVENTS_PER_INGEST} events, or holds a null
	 */
	public Mono<IngestResult> ingest(List<IngestEvent> events, RequestOptions options) {
		List<IngestEvent> batch = checkBatch(events);
		return Mono.defer(() -> {
			List<IngestEvent> stamped = stampAbsentTimestamps(batch, Instant.now());
			return this.transport.whole(ApiRequest.post("/v1/ingest").body(Map.of("events", stamped)), options,
					IngestResult.class);
		});
	}

	/**
	 * Sends events already written as JSON: {@code body} is the whole request,
	 * {@code {"events":[...]}}, sent as it is. For the metering pipeline, which writes each event once and
	 * sends the same bytes on every attempt; an application should use {@link #ingest}.
	 */
	public Mono<IngestResult> ingestJson(byte[] body, RequestOptions options) {
		return this.transport.whole(ApiRequest.post("/v1/ingest").body(new JsonBody(body)), options,
				IngestResult.class);
	}

	public Mono<EventReplayJob> startReplay(ReplayRequest request) {
		return startReplay(request, RequestOptions.none());
	}

	/** Starts re-processing the events received in a time range; the job runs on the server. */
	public Mono<EventReplayJob> startReplay(ReplayRequest request, RequestOptions options) {
		return this.transport.object(ApiRequest.post("/v1/events/replay").body(request), options, JOB,
				EventReplayJob.class);
	}

	public Mono<EventReplayJob> getReplay(String jobId) {
		return getReplay(jobId, RequestOptions.none());
	}

	/** Reads a replay job's progress: poll it until its status is finished. */
	public Mono<EventReplayJob> getReplay(String jobId, RequestOptions options) {
		return this.transport.object(ApiRequest.get("/v1/events/replay/{}", jobId), options, JOB,
				EventReplayJob.class);
	}

	private static List<IngestEvent> checkBatch(List<IngestEvent> events) {
		if (events == null || events.isEmpty() || events.size() > MAX_EVENTS_PER_INGEST) {
			throw new IllegalArgumentException("events must hold 1 to " + MAX_EVENTS_PER_INGEST + " events, was "
					+ ((events != null) ? events.size() : 0));
		}
		for (int i = 0; i < events.size(); i++) {
			if (events.get(i) == null) {
				throw new IllegalArgumentException("events[" + i + "] is required");
			}
		}
		return List.copyOf(events);
	}

	private static List<IngestEvent> stampAbsentTimestamps(List<IngestEvent> events, Instant now) {
		List<IngestEvent> stamped = new ArrayList<>(events.size());
		for (IngestEvent event : events) {
			stamped.add((event.timestamp() != null) ? event : event.withTimestamp(now));
		}
		return stamped;
	}

}
