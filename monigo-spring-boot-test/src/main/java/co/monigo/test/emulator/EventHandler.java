package co.monigo.test.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import co.monigo.client.model.EventReplayJob;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.ReplayRequest;
import co.monigo.client.model.ReplayStatus;

/**
 * {@code /v1/ingest} and {@code /v1/events/replay}.
 * <p>
 * An ingest holds 1 to 1,000 events, else 400 on {@code events}. It is all or nothing: if any event
 * is invalid (a missing field, or a {@code customer_id} that is no customer of the key's mode) the
 * answer is 400 with one detail per such event, keyed by its idempotency key ({@code events[i]} when
 * it has none), and nothing is stored; an injected {@link Faults#rejectEvents rejection} answers the
 * same way. Otherwise each event is stored once per idempotency key: a key already stored, earlier or
 * in the same request, is listed under {@code duplicates}. An event without a key gets one
 * (a random UUID) and so is never a duplicate; one without a timestamp is stamped now.
 * <p>
 * A replay job counts the stored events in its range (both ends included) and reads {@code completed}
 * from the first time it is fetched.
 */
final class EventHandler {

	static final int MAX_EVENTS = 1000;

	private final Faults faults;

	private final Received received;

	EventHandler(Faults faults, Received received) {
		this.faults = faults;
		this.received = received;
	}

	Reply ingest(Call call) {
		JsonNode eventsNode = call.json().get("events");
		if (eventsNode == null || !eventsNode.isArray()) {
			throw ApiError.invalidField("events", "is required: an array of 1 to " + MAX_EVENTS + " events");
		}
		if (eventsNode.isEmpty() || eventsNode.size() > MAX_EVENTS) {
			throw ApiError.invalidField("events", "must hold 1 to " + MAX_EVENTS + " events, was " + eventsNode.size());
		}
		List<IngestEvent> events = new ArrayList<>();
		Map<String, String> problems = new LinkedHashMap<>();
		for (int i = 0; i < eventsNode.size(); i++) {
			JsonNode node = eventsNode.get(i);
			String key = keyOf(node, i);
			try {
				IngestEvent event = Bodies.convert(node, IngestEvent.class);
				events.add(event);
				if (!call.store().customers.containsKey(event.customerId())) {
					problems.put(key, "customer " + event.customerId() + " does not exist");
				}
			}
			catch (ApiError invalid) {
				problems.put(key, String.join(", ", invalid.details().values()));
			}
		}
		if (!problems.isEmpty()) {
			this.received.rejected(events);
			throw ApiError.validation(problems.size() + " of " + eventsNode.size()
					+ " events are invalid; none was ingested", problems);
		}
		Map<String, String> rejected = this.faults.rejected(events);
		if (!rejected.isEmpty()) {
			this.received.rejected(events);
			throw ApiError.injected(rejected.size() + " of " + events.size() + " events were rejected; none was ingested",
					rejected);
		}
		return Reply.ok(storeOnce(call.store(), events, call.now()));
	}

	/** Stores each event not stored yet, and answers which were new and which duplicates. */
	private Map<String, List<String>> storeOnce(ModeStore store, List<IngestEvent> events, Instant now) {
		List<String> ingested = new ArrayList<>();
		List<String> duplicates = new ArrayList<>();
		for (IngestEvent event : events) {
			IngestEvent stored = (event.idempotencyKey() != null) ? event : event.withIdempotencyKey(Ids.uuid());
			stored = (stored.timestamp() != null) ? stored : stored.withTimestamp(now);
			if (store.eventKeys.add(stored.idempotencyKey())) {
				store.events.add(stored);
				ingested.add(stored.idempotencyKey());
				this.received.accepted(stored);
			}
			else {
				duplicates.add(stored.idempotencyKey());
				this.received.duplicate(stored);
			}
		}
		return Map.of("ingested", ingested, "duplicates", duplicates);
	}

	private static String keyOf(JsonNode event, int index) {
		JsonNode key = event.get("idempotency_key");
		return (key != null && key.isString() && !key.asString().isBlank()) ? key.asString() : "events[" + index + "]";
	}

	Reply startReplay(Call call) {
		ReplayRequest request = call.body(ReplayRequest.class);
		long total = call.store().events.stream()
			.filter((event) -> request.eventName() == null || request.eventName().equals(event.eventName()))
			.filter((event) -> !event.timestamp().isBefore(request.from()) && !event.timestamp().isAfter(request.to()))
			.count();
		Instant now = call.now();
		EventReplayJob job = new EventReplayJob(Ids.uuid(), Ids.ORG_ID, "api_key", ReplayStatus.PENDING,
				request.from(), request.to(), request.eventName(), call.store().isTest(), total, 0, null, null, null, now,
				now);
		call.store().replayJobs.put(job.id(), job);
		return Reply.created("job", job);
	}

	/** The job; a pending one completes now, having replayed all the events it counted. */
	Reply getReplay(Call call) {
		EventReplayJob job = call.store().replayJob(call.path("id"));
		if (job.status() == ReplayStatus.PENDING) {
			Instant now = call.now();
			job = new EventReplayJob(job.id(), job.orgId(), job.initiatedBy(), ReplayStatus.COMPLETED,
					job.fromTimestamp(), job.toTimestamp(), job.eventName(), job.isTest(), job.eventsTotal(),
					job.eventsTotal(), null, now, now, job.createdAt(), now);
			call.store().replayJobs.put(job.id(), job);
		}
		return Reply.ok("job", job);
	}

}
