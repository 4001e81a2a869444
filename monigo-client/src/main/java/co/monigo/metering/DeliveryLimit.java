package co.monigo.metering;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.netflix.concurrency.limits.Limit;
import com.netflix.concurrency.limits.limit.AIMDLimit;

/**
 * How many batches may be on their way at once, adapting to Monigo: one more after each answer that
 * came while the slots were well used, a tenth fewer after each 429, 5xx, timeout or lost connection
 * (Netflix's concurrency-limits AIMD). Far from Monigo it climbs until the round trips are covered;
 * when Monigo struggles it falls toward one batch. Slots are taken by the dispatcher thread alone.
 */
final class DeliveryLimit {

	private static final int INITIAL = 4;

	private final Limit limit;

	private final AtomicInteger inFlight = new AtomicInteger();

	DeliveryLimit(int max) {
		this.limit = AIMDLimit.newBuilder()
			.initialLimit(Math.min(INITIAL, max))
			.minLimit(1)
			.maxLimit(max)
			.backoffRatio(0.9)
			// Only what Monigo answers counts as a drop; a slow answer alone does not.
			.timeout(1, TimeUnit.HOURS)
			.build();
	}

	/** Whether a batch may be sent now. */
	boolean hasRoom() {
		return this.inFlight.get() < this.limit.getLimit();
	}

	/** Takes a slot; returns how many batches are on their way with this one. */
	int acquire() {
		return this.inFlight.incrementAndGet();
	}

	void release() {
		this.inFlight.decrementAndGet();
	}

	/**
	 * Learns from one answered request.
	 * @param startNanos when it was sent
	 * @param inFlightAtStart how many were on their way then, itself included
	 * @param overloaded whether Monigo asked for less (429, 5xx, no answer)
	 */
	void sample(long startNanos, int inFlightAtStart, boolean overloaded) {
		this.limit.onSample(startNanos, System.nanoTime() - startNanos, inFlightAtStart, overloaded);
	}

	int current() {
		return this.limit.getLimit();
	}

}
