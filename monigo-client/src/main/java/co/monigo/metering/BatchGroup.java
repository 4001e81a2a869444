package co.monigo.metering;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The events the dispatcher took together, whatever batches they are later split into: done once each
 * of them is settled, or abandoned (left in the journal at shutdown). A flush waits for the groups
 * holding the events recorded before it.
 */
final class BatchGroup {

	private final long firstSequence;

	private final AtomicInteger unsettled;

	private final CompletableFuture<Void> done = new CompletableFuture<>();

	BatchGroup(long firstSequence, int size) {
		this.firstSequence = firstSequence;
		this.unsettled = new AtomicInteger(size);
		if (size == 0) {
			this.done.complete(null);
		}
	}

	/** The sequence of the group's first event, in the order events were taken. */
	long firstSequence() {
		return this.firstSequence;
	}

	void settled(int count) {
		if (count > 0 && this.unsettled.addAndGet(-count) <= 0) {
			this.done.complete(null);
		}
	}

	/** Nothing more will happen to the group in this run. */
	void abandon() {
		this.done.complete(null);
	}

	CompletableFuture<Void> done() {
		return this.done;
	}

}
