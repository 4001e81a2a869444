package co.monigo.benchmarks.latency;

import java.util.concurrent.locks.LockSupport;

import co.monigo.benchmarks.MeteredEvents;

/**
 * Offers events at a fixed rate, whatever the way does with them (open loop): every 200 µs it offers
 * the events due by then, so a way that cannot keep up drops them instead of slowing the load down.
 */
final class FixedRateLoad {

	private final long eventsPerSecond;

	private long offered;

	FixedRateLoad(long eventsPerSecond) {
		this.eventsPerSecond = eventsPerSecond;
	}

	/** Offers events to {@code way} for {@code seconds} seconds, on the calling thread. */
	void run(DeliveryWay way, double seconds) {
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		long offeredHere = 0;
		for (long now = start; now < end; now = System.nanoTime()) {
			long due = (long) ((now - start) / 1e9 * this.eventsPerSecond);
			while (offeredHere < due) {
				way.offer(MeteredEvents.unstamped((int) (this.offered++ & Integer.MAX_VALUE)));
				offeredHere++;
			}
			LockSupport.parkNanos(200_000);
		}
	}

	/** Events offered so far, over every run. */
	long offered() {
		return this.offered;
	}

}
