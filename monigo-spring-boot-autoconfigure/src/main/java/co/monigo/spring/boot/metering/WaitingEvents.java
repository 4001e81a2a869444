package co.monigo.spring.boot.metering;

import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.IngestEvent;

/**
 * The events waiting for their customer's Monigo id, by external id, at most a bound in all and a
 * bound per id. Each event is numbered as it starts waiting, so {@link #released} can tell when every
 * event waiting at its call has been handed on, however the ids are resolved, and without waiting for
 * later events. Thread-safe.
 */
final class WaitingEvents {

	private final int capacity;

	private final int capacityPerId;

	private final Map<String, Waiters> byExternalId = new ConcurrentHashMap<>();

	private final AtomicInteger count = new AtomicInteger();

	private final AtomicLong lastNumber = new AtomicLong();

	/** The number of every event waiting or being handed on, with its external id. */
	private final ConcurrentNavigableMap<Long, String> waitingNumbers = new ConcurrentSkipListMap<>();

	private final Queue<Release> releases = new ConcurrentLinkedQueue<>();

	WaitingEvents(int capacity, int capacityPerId) {
		this.capacity = capacity;
		this.capacityPerId = capacityPerId;
	}

	/** Adds an event to wait for its customer; false, adding nothing, when a bound is reached. */
	boolean add(String externalId, IngestEvent event) {
		if (this.count.incrementAndGet() > this.capacity) {
			this.count.decrementAndGet();
			return false;
		}
		boolean[] added = { false };
		this.byExternalId.compute(externalId, (id, existing) -> {
			Waiters waiters = (existing != null) ? existing : new Waiters();
			if (waiters.size.get() < this.capacityPerId) {
				long number = this.lastNumber.incrementAndGet();
				this.waitingNumbers.put(number, externalId);
				waiters.size.incrementAndGet();
				waiters.events.add(new Waiting(event, number));
				added[0] = true;
			}
			return waiters;
		});
		if (!added[0]) {
			this.count.decrementAndGet();
		}
		return added[0];
	}

	/**
	 * Hands each event waiting for this id to the action, also those added meanwhile. The id's entry
	 * goes only once empty, atomically with adding, so no event is left behind in an entry gone.
	 */
	void handOn(String externalId, Consumer<IngestEvent> action) {
		Waiters waiters = this.byExternalId.get(externalId);
		while (waiters != null) {
			for (Waiting waiting = waiters.poll(); waiting != null; waiting = waiters.poll()) {
				try {
					action.accept(waiting.event());
				}
				finally {
					handedOn(waiting.number());
				}
			}
			waiters = this.byExternalId.computeIfPresent(externalId,
					(id, entry) -> entry.events.isEmpty() ? null : entry);
		}
		completeReleases();
	}

	/** Hands every waiting event to the action. */
	void handOnAll(Consumer<IngestEvent> action) {
		this.byExternalId.keySet().forEach((externalId) -> handOn(externalId, action));
	}

	/** Takes the oldest event waiting for this id out; null when none waits. */
	@Nullable IngestEvent takeOldest(String externalId) {
		Waiters waiters = this.byExternalId.get(externalId);
		Waiting oldest = (waiters != null) ? waiters.poll() : null;
		if (oldest == null) {
			return null;
		}
		handedOn(oldest.number());
		this.byExternalId.computeIfPresent(externalId, (id, entry) -> entry.events.isEmpty() ? null : entry);
		completeReleases();
		return oldest.event();
	}

	/** The external ids with events waiting, live. */
	Set<String> externalIds() {
		return this.byExternalId.keySet();
	}

	int count() {
		return this.count.get();
	}

	int count(String externalId) {
		Waiters waiters = this.byExternalId.get(externalId);
		return (waiters != null) ? waiters.size.get() : 0;
	}

	/**
	 * Completes once every event waiting at the call for an id still awaited has been handed on. An
	 * event added while this is called may or may not be waited for. Whether an id is awaited is asked
	 * again whenever events are handed on and at {@link #recheckReleases()}.
	 */
	CompletableFuture<Void> released(Predicate<String> awaited) {
		Release release = new Release(this.lastNumber.get(), awaited, new CompletableFuture<>());
		this.releases.add(release);
		completeReleases();
		return release.done();
	}

	/** Asks the releases pending again whether they are complete: an id may no longer be awaited. */
	void recheckReleases() {
		completeReleases();
	}

	private void handedOn(long number) {
		this.waitingNumbers.remove(number);
		this.count.decrementAndGet();
	}

	private void completeReleases() {
		for (Release release : this.releases) {
			if (!holdsUp(release) && this.releases.remove(release)) {
				release.done().complete(null);
			}
		}
	}

	private boolean holdsUp(Release release) {
		for (String externalId : this.waitingNumbers.headMap(release.lastNumber(), true).values()) {
			if (release.awaited().test(externalId)) {
				return true;
			}
		}
		return false;
	}

	private static final class Waiters {

		private final Queue<Waiting> events = new ConcurrentLinkedQueue<>();

		private final AtomicInteger size = new AtomicInteger();

		@Nullable Waiting poll() {
			Waiting waiting = this.events.poll();
			if (waiting != null) {
				this.size.decrementAndGet();
			}
			return waiting;
		}

	}

	private record Waiting(IngestEvent event, long number) {
	}

	private record Release(long lastNumber, Predicate<String> awaited, CompletableFuture<Void> done) {
	}

}
