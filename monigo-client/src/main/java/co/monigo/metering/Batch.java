package co.monigo.metering;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import co.monigo.client.model.IngestEvent;

/**
 * Events sent together, each already written as JSON. Settled exactly once: delivered, refused,
 * dropped, or split into smaller batches; {@link #settle()} decides which path wins when two race (a
 * late answer during shutdown). The parts of a split batch and the events a partial answer left out
 * belong to the same {@link BatchGroup}, which a flush waits for.
 */
final class Batch {

	private static final byte[] BODY_START = "{\"events\":[".getBytes(StandardCharsets.UTF_8);

	private static final byte[] BODY_END = "]}".getBytes(StandardCharsets.UTF_8);

	private final List<Pending> pending;

	private final BatchGroup group;

	private final String requestKey = UUID.randomUUID().toString();

	private final AtomicBoolean settled = new AtomicBoolean();

	private int attempts;

	private int unacknowledged;

	/** Takes the list as it is: the caller hands over a list it no longer changes. */
	Batch(List<Pending> pending, BatchGroup group) {
		this.pending = Collections.unmodifiableList(pending);
		this.group = group;
	}

	/** A batch of the events a failure or a partial answer left over, keeping the attempts made. */
	Batch remainder(List<Pending> events) {
		Batch rest = new Batch(events, this.group);
		rest.attempts = this.attempts;
		rest.unacknowledged = this.unacknowledged;
		return rest;
	}

	List<Pending> pending() {
		return this.pending;
	}

	/** The events, for the sender and the dead-letter handler. */
	List<IngestEvent> events() {
		List<IngestEvent> events = new ArrayList<>(this.pending.size());
		for (Pending each : this.pending) {
			events.add(each.event());
		}
		return events;
	}

	/** The ingest request's body, {@code {"events":[...]}}, from the events' JSON as written once. */
	byte[] body() {
		int size = BODY_START.length + BODY_END.length + Math.max(0, this.pending.size() - 1);
		for (Pending each : this.pending) {
			size += json(each).length;
		}
		byte[] body = new byte[size];
		System.arraycopy(BODY_START, 0, body, 0, BODY_START.length);
		int at = BODY_START.length;
		for (int i = 0; i < this.pending.size(); i++) {
			if (i > 0) {
				body[at++] = ',';
			}
			byte[] json = json(this.pending.get(i));
			System.arraycopy(json, 0, body, at, json.length);
			at += json.length;
		}
		System.arraycopy(BODY_END, 0, body, at, BODY_END.length);
		return body;
	}

	private static byte[] json(Pending each) {
		byte[] json = each.json();
		if (json == null) {
			throw new IllegalStateException("an event of the batch was not written as JSON");
		}
		return json;
	}

	int size() {
		return this.pending.size();
	}

	BatchGroup group() {
		return this.group;
	}

	/** The request idempotency key, the same on every attempt of this batch. */
	String requestKey() {
		return this.requestKey;
	}

	/** Counts an attempt that reached the server (or tried to) and returns how many there were. */
	int nextAttempt() {
		return ++this.attempts;
	}

	/** Counts an answer that left these events out and returns how many there were. */
	int nextUnacknowledged() {
		return ++this.unacknowledged;
	}

	/** Claims the batch's outcome; false when another path already settled it. */
	boolean settle() {
		return this.settled.compareAndSet(false, true);
	}

	boolean isSettled() {
		return this.settled.get();
	}

	/** The timestamp of the oldest event, or {@link Instant#MAX}. */
	Instant oldest() {
		Instant oldest = Instant.MAX;
		for (Pending each : this.pending) {
			Instant time = each.event().timestamp();
			if (time != null && time.isBefore(oldest)) {
				oldest = time;
			}
		}
		return oldest;
	}

	/** The two halves of this batch. */
	List<Batch> halves() {
		int middle = this.pending.size() / 2;
		return List.of(remainder(this.pending.subList(0, middle)),
				remainder(this.pending.subList(middle, this.pending.size())));
	}

	/** This batch's events with one of these idempotency keys, then the others. */
	List<Batch> partition(Set<String> keys) {
		List<Pending> named = new ArrayList<>();
		List<Pending> others = new ArrayList<>();
		for (Pending each : this.pending) {
			(keys.contains(each.event().idempotencyKey()) ? named : others).add(each);
		}
		return List.of(remainder(named), remainder(others));
	}

}
