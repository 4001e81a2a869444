package co.monigo.metering;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;

/**
 * Settles batches into the counters and hands what will not be delivered to the dead-letter handler.
 * Knows every batch still on its way, so shutdown can account for each of them once.
 */
final class Accounting {

	private static final Logger logger = LoggerFactory.getLogger(Accounting.class);

	private final IngestCounters counters;

	private final DeadLetterHandler deadLetters;

	private final Set<Batch> live = ConcurrentHashMap.newKeySet();

	private final Object splitLock = new Object();

	Accounting(IngestCounters counters, DeadLetterHandler deadLetters) {
		this.counters = counters;
		this.deadLetters = deadLetters;
	}

	IngestCounters counters() {
		return this.counters;
	}

	/** A batch leaves the buffer and starts on its way. */
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

	void delivered(Batch batch, IngestResult result) {
		if (!batch.settle()) {
			return;
		}
		this.live.remove(batch);
		Set<String> duplicateKeys = new HashSet<>(result.duplicates());
		long duplicates = 0;
		for (IngestEvent event : batch.events()) {
			if (event.idempotencyKey() != null && duplicateKeys.contains(event.idempotencyKey())) {
				duplicates++;
			}
		}
		this.counters.duplicates(duplicates);
		this.counters.delivered(batch.size() - duplicates);
	}

	void rejected(Batch batch, MonigoApiException cause) {
		if (!batch.settle()) {
			return;
		}
		this.live.remove(batch);
		this.counters.rejected(batch.size());
		try {
			this.deadLetters.rejected(batch.events(), cause);
		}
		catch (RuntimeException handlerFailure) {
			logger.error("Dead-letter handler failed on {} refused events", batch.size(), handlerFailure);
		}
	}

	/** Drops every batch still on its way; each is counted once, whatever races with it. */
	void dropLive(DropReason reason) {
		synchronized (this.splitLock) {
			for (Batch batch : List.copyOf(this.live)) {
				if (batch.settle()) {
					this.live.remove(batch);
					this.counters.droppedFromPending(reason, batch.size());
					batch.events().forEach((event) -> deadLetter(event, reason));
				}
			}
		}
	}

	/** Drops an event that was in the buffer. */
	void droppedFromBuffer(IngestEvent event, DropReason reason) {
		this.counters.droppedFromPending(reason, 1);
		deadLetter(event, reason);
	}

	/** Drops an event that never made it into the buffer. */
	void droppedAtRecord(IngestEvent event, DropReason reason) {
		this.counters.droppedAtRecord(reason);
		deadLetter(event, reason);
	}

	private void deadLetter(IngestEvent event, DropReason reason) {
		try {
			this.deadLetters.dropped(event, reason);
		}
		catch (RuntimeException handlerFailure) {
			logger.error("Dead-letter handler failed on a dropped event", handlerFailure);
		}
	}

}
