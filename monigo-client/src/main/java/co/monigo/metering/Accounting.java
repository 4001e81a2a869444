package co.monigo.metering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;

/**
 * Settles events into the counters, out of the pending store, and hands what will not be delivered to
 * the dead-letter handler. Knows every batch on its way, so shutdown can account for each of them once.
 */
final class Accounting {

	private static final Logger logger = LoggerFactory.getLogger(Accounting.class);

	private final IngestCounters counters;

	private final DeadLetterHandler deadLetters;

	private final PendingEvents store;

	private final Set<Batch> live = ConcurrentHashMap.newKeySet();

	private final Object splitLock = new Object();

	private final AtomicBoolean warnedOfAnswersWithoutKeys = new AtomicBoolean();

	Accounting(IngestCounters counters, DeadLetterHandler deadLetters, PendingEvents store) {
		this.counters = counters;
		this.deadLetters = deadLetters;
		this.store = store;
	}

	/** A batch starts on its way. */
	void track(Batch batch) {
		this.live.add(batch);
	}

	/** The oldest event timestamp among batches on their way, or {@link Instant#MAX}. */
	Instant oldestLive() {
		Instant oldest = Instant.MAX;
		for (Batch batch : this.live) {
			Instant candidate = batch.oldest();
			if (candidate.isBefore(oldest)) {
				oldest = candidate;
			}
		}
		return oldest;
	}

	/** Replaces a batch by its parts; false when the batch was settled meanwhile (shutdown). */
	boolean split(Batch batch, List<Batch> parts) {
		synchronized (this.splitLock) {
			if (!batch.settle()) {
				return false;
			}
			this.live.remove(batch);
			this.live.addAll(parts);
			return true;
		}
	}

	/**
	 * Settles the events Monigo acknowledged, as ingested or as duplicates, and returns the batch of
	 * those it did not acknowledge (to send again), or null when none is left. Monigo names every event
	 * of a batch in one of its two lists; an answer that names none of them is from a server that does not
	 * report keys, and acknowledges the whole batch (said once at WARN).
	 */
	@Nullable Batch delivered(Batch batch, IngestResult result) {
		Set<String> ingested = new HashSet<>(result.ingested());
		Set<String> duplicates = new HashSet<>(result.duplicates());
		if (ingested.isEmpty() && duplicates.isEmpty()) {
			if (this.warnedOfAnswersWithoutKeys.compareAndSet(false, true)) {
				logger.warn("Monigo answered an ingest request with a 2xx that names none of its events' keys; "
						+ "counting such batches as delivered whole");
			}
			batch.pending().forEach((each) -> ingested.add(each.event().idempotencyKey()));
		}
		List<Pending> unacknowledged = new ArrayList<>();
		long delivered = 0;
		long duplicated = 0;
		synchronized (this.splitLock) {
			if (!batch.settle()) {
				return null;
			}
			this.live.remove(batch);
			for (Pending each : batch.pending()) {
				String key = each.event().idempotencyKey();
				if (duplicates.contains(key)) {
					duplicated++;
				}
				else if (ingested.contains(key)) {
					delivered++;
				}
				else {
					unacknowledged.add(each);
					continue;
				}
				this.store.settled(each);
			}
			this.counters.duplicates(duplicated);
			this.counters.delivered(delivered);
			batch.group().settled((int) (delivered + duplicated));
			if (unacknowledged.isEmpty()) {
				return null;
			}
			Batch rest = batch.remainder(unacknowledged);
			this.live.add(rest);
			return rest;
		}
	}

	/** Monigo refused the batch's events; {@code reasons} holds each one's own reason by key, if known. */
	void rejected(Batch batch, MonigoApiException cause, Map<String, String> reasons) {
		if (!batch.settle()) {
			return;
		}
		this.live.remove(batch);
		this.counters.rejected(batch.size());
		try {
			this.deadLetters.rejected(batch.events(), cause, reasons);
		}
		catch (RuntimeException handlerFailure) {
			logger.error("Dead-letter handler failed on {} refused events", batch.size(), handlerFailure);
		}
		settle(batch);
	}

	/** Drops a batch that is not on its way (waiting to be sent again, or not writable), once. */
	void dropped(Batch batch, DropReason reason) {
		synchronized (this.splitLock) {
			if (!batch.settle()) {
				return;
			}
			this.live.remove(batch);
		}
		this.counters.droppedFromPending(reason, batch.size());
		batch.pending().forEach((each) -> deadLetter(each.event(), reason));
		settle(batch);
	}

	/**
	 * Counts a batch whose outcome is unknown: its request was on its way when the shutdown timeout ran
	 * out with no journal to keep it, or Monigo's answers kept leaving its events out. Monigo may or may
	 * not have them.
	 */
	void unknown(Batch batch) {
		synchronized (this.splitLock) {
			if (!batch.settle()) {
				return;
			}
			this.live.remove(batch);
		}
		this.counters.unknown(batch.size());
		try {
			this.deadLetters.outcomeUnknown(batch.events());
		}
		catch (RuntimeException handlerFailure) {
			logger.error("Dead-letter handler failed on {} events of unknown outcome", batch.size(), handlerFailure);
		}
		settle(batch);
	}

	/**
	 * Leaves a batch in the journal, unsettled, for the next start: it stays pending. Only with a durable
	 * store.
	 */
	void retained(Batch batch) {
		synchronized (this.splitLock) {
			if (batch.settle()) {
				this.live.remove(batch);
			}
		}
		batch.group().abandon();
	}

	/** Drops a pending event that is in no batch. */
	void droppedPending(Pending pending, DropReason reason) {
		this.counters.droppedFromPending(reason, 1);
		deadLetter(pending.event(), reason);
		this.store.settled(pending);
	}

	/** A journal record that is no longer an event: counted, with nothing to hand to the handler. */
	void unreadable() {
		this.counters.droppedFromPending(DropReason.JOURNAL_CORRUPT, 1);
	}

	/** Drops an event that never became pending. */
	void droppedAtRecord(IngestEvent event, DropReason reason) {
		this.counters.droppedAtRecord(reason);
		deadLetter(event, reason);
	}

	/**
	 * Takes the batch's events out of the store and counts them settled in their group, last: a flush
	 * waiting for the group sees the counters and the dead letters already written.
	 */
	private void settle(Batch batch) {
		for (Pending each : batch.pending()) {
			this.store.settled(each);
		}
		batch.group().settled(batch.size());
	}

	private void deadLetter(IngestEvent event, DropReason reason) {
		try {
			this.deadLetters.dropped(event, reason);
		}
		catch (RuntimeException handlerFailure) {
			logger.error("Dead-letter handler failed on a dropped event", handlerFailure);
		}
	}

	/** Every batch on its way now. */
	List<Batch> live() {
		return List.copyOf(this.live);
	}

}
