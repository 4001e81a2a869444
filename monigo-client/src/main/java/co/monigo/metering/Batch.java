package co.monigo.metering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import co.monigo.client.model.IngestEvent;

/**
 * Events sent together. Settled exactly once: delivered, refused, dropped, or split into smaller
 * batches; {@link #settle()} decides which path wins when two race (a late answer during shutdown).
 */
final class Batch {

	private final List<IngestEvent> events;

	private final String requestKey = UUID.randomUUID().toString();

	private final AtomicBoolean settled = new AtomicBoolean();

	private int attempts;

	/** Takes the list as it is: the caller hands over a list it no longer changes. */
	Batch(List<IngestEvent> events) {
		this.events = Collections.unmodifiableList(events);
	}

	List<IngestEvent> events() {
		return this.events;
	}

	int size() {
		return this.events.size();
	}

	/** The request idempotency key, the same on every attempt of this batch. */
	String requestKey() {
		return this.requestKey;
	}

	/** Counts an attempt and returns how many came before it. */
	int nextAttempt() {
		return ++this.attempts;
	}

	/** Claims the batch's outcome; false when another path already settled it. */
	boolean settle() {
		return this.settled.compareAndSet(false, true);
	}

	boolean isSettled() {
		return this.settled.get();
	}

	/** The timestamp of the oldest event. */
	Instant oldest() {
		return oldest(this.events);
	}

	/** The oldest timestamp among these events, or {@link Instant#MAX} when none has one. */
	static Instant oldest(List<IngestEvent> events) {
		Instant oldest = Instant.MAX;
		for (IngestEvent event : events) {
			if (event.timestamp() != null && event.timestamp().isBefore(oldest)) {
				oldest = event.timestamp();
			}
		}
		return oldest;
	}

	/** The two halves of this batch. */
	List<Batch> halves() {
		int middle = this.events.size() / 2;
		return List.of(new Batch(this.events.subList(0, middle)),
				new Batch(this.events.subList(middle, this.events.size())));
	}

	/** This batch's events with one of these idempotency keys, then the others. */
	List<Batch> partition(Set<String> keys) {
		List<IngestEvent> named = new ArrayList<>();
		List<IngestEvent> others = new ArrayList<>();
		for (IngestEvent event : this.events) {
			(keys.contains(event.idempotencyKey()) ? named : others).add(event);
		}
		return List.of(new Batch(named), new Batch(others));
	}

}
