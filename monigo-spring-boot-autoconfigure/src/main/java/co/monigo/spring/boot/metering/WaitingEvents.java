package co.monigo.spring.boot.metering;

import java.util.Map;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import co.monigo.client.model.IngestEvent;

/**
 * The events waiting for their customer's Monigo id, by external id, at most a bound in all. Each
 * event is numbered as it starts waiting, so {@link #released()} can tell when every event waiting at
 * its call has been handed on, however the ids are resolved, and without waiting for later events.
 * Thread-safe.
 */
final class WaitingEvents {

	private final int capacity;

	private final Map<String, Queue<Waiting>> byExternalId = new ConcurrentHashMap<>();

	private final AtomicInteger count = new AtomicInteger();

	private final AtomicLong lastNumber = new AtomicLong();

	private final NavigableSet<Long> waitingNumbers = new ConcurrentSkipListSet<>();

	private final Queue<Release> releases = new ConcurrentLinkedQueue<>();

	WaitingEvents(int capacity) {
		this.capacity = capacity;
	}

	/** Adds an event to wait for its customer; false, adding nothing, when the bound is reached. */
	boolean add(String externalId, IngestEvent event) {
		if (this.count.incrementAndGet() > this.capacity) {
			this.count.decrementAndGet();
			return false;
		}
		long number = this.lastNumber.incrementAndGet();
		this.waitingNumbers.add(number);
		this.byExternalId.compute(externalId, (id, queue) -> {
			Queue<Waiting> events = (queue != null) ? queue : new ConcurrentLinkedQueue<>();
			events.add(new Waiting(event, number));
			return events;
		});
		return true;
	}

	/**
	 * Hands each event waiting for this id to the action, also those added meanwhile. The id's queue
	 * goes only once empty, atomically with adding, so no event is left behind in a queue gone.
	 */
	void handOn(String externalId, Consumer<IngestEvent> action) {
		Queue<Waiting> events = this.byExternalId.get(externalId);
		while (events != null) {
			for (Waiting waiting = events.poll(); waiting != null; waiting = events.poll()) {
				try {
					action.accept(waiting.event());
				}
				finally {
					handedOn(waiting.number());
				}
			}
			events = this.byExternalId.computeIfPresent(externalId, (id, queue) -> queue.isEmpty() ? null : queue);
		}
	}

	/** Hands every waiting event to the action. */
	void handOnAll(Consumer<IngestEvent> action) {
		this.byExternalId.keySet().forEach((externalId) -> handOn(externalId, action));
	}

	/** The external ids with events waiting, live. */
	Set<String> externalIds() {
		return this.byExternalId.keySet();
	}

	int count() {
		return this.count.get();
	}

	int count(String externalId) {
		Queue<Waiting> events = this.byExternalId.get(externalId);
		return (events != null) ? events.size() : 0;
	}

	/**
	 * Completes once every event waiting at the call has been handed on. An event added while this is
	 * called may or may not be waited for.
	 */
	CompletableFuture<Void> released() {
		Release release = new Release(this.lastNumber.get(), new CompletableFuture<>());
		this.releases.add(release);
		completeReleases();
		return release.done();
	}

	private void handedOn(long number) {
		this.waitingNumbers.remove(number);
		this.count.decrementAndGet();
		if (!this.releases.isEmpty()) {
			completeReleases();
		}
	}

	private void completeReleases() {
		Long oldest = this.waitingNumbers.ceiling(Long.MIN_VALUE);
		long oldestWaiting = (oldest != null) ? oldest : Long.MAX_VALUE;
		for (Release release : this.releases) {
			if (release.lastNumber() < oldestWaiting && this.releases.remove(release)) {
				release.done().complete(null);
			}
		}
	}

	private record Waiting(IngestEvent event, long number) {
	}

	private record Release(long lastNumber, CompletableFuture<Void> done) {
	}

}
