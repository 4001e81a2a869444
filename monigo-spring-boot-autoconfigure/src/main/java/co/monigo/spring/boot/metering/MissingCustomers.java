package co.monigo.spring.boot.metering;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.jspecify.annotations.Nullable;

/**
 * The external ids whose last look-up found no customer (or failed), with when to look again: the
 * negative cache. The delay doubles with every miss, from the first retry interval up to the longest;
 * after the last look-up allowed the id is given up on, and that is forgotten once the longest delay has
 * passed, so a customer created later is found again: an id costs at most the look-ups allowed per
 * round, and a round lasts longer than the longest delay. At most a bound of ids are remembered
 * (Caffeine), so a stream of strangers' ids evicts strangers, never a known mapping.
 * Thread-safe.
 */
final class MissingCustomers {

	private final Duration firstDelay;

	private final Duration longestDelay;

	private final int maxLookups;

	private final Cache<String, Miss> misses;

	/**
	 * @param firstDelay the delay before the look-up after the first miss
	 * @param longestDelay the longest delay, and how long a miss is remembered
	 * @param maxLookups look-ups that found no customer before the id is given up on
	 * @param maxSize most ids remembered
	 */
	MissingCustomers(Duration firstDelay, Duration longestDelay, int maxLookups, long maxSize) {
		this.firstDelay = firstDelay;
		this.longestDelay = longestDelay.compareTo(firstDelay) < 0 ? firstDelay : longestDelay;
		this.maxLookups = maxLookups;
		this.misses = Caffeine.newBuilder().maximumSize(maxSize).expireAfter(new Forgetting(this.longestDelay)).build();
	}

	/**
	 * Notes a miss of the id at this moment.
	 * @param notFound true when Monigo answered that it has no such customer, false when the look-up
	 * failed otherwise (which backs off alike but does not bring the id closer to being given up on)
	 * @return the id's miss, counted
	 */
	Miss missed(String externalId, boolean notFound, long nowNanos) {
		return this.misses.asMap().compute(externalId, (id, previous) -> {
			int misses = (previous != null) ? previous.misses() + 1 : 1;
			int notFoundCount = ((previous != null) ? previous.notFound() : 0) + (notFound ? 1 : 0);
			Duration delay = delayAfter(misses);
			return new Miss(misses, notFoundCount, nowNanos + delay.toNanos(), delay,
					notFoundCount >= this.maxLookups);
		});
	}

	private Duration delayAfter(int misses) {
		Duration delay = this.firstDelay;
		for (int i = 1; i < misses && delay.compareTo(this.longestDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(this.longestDelay) > 0 ? this.longestDelay : delay;
	}

	/** Forgets the id's misses: it has been found. */
	void found(String externalId) {
		this.misses.invalidate(externalId);
	}

	/** Whether the id's last look-up missed (and the miss is still remembered). */
	boolean isMissing(String externalId) {
		return this.misses.getIfPresent(externalId) != null;
	}

	/** Whether the id has been looked up as often as allowed without being found. */
	boolean isGivenUp(String externalId) {
		Miss miss = this.misses.getIfPresent(externalId);
		return miss != null && miss.givenUp();
	}

	/** Whether the id may be looked up now: never missed, or its delay has passed. */
	boolean isDue(String externalId, long nowNanos) {
		Miss miss = this.misses.getIfPresent(externalId);
		return miss == null || (!miss.givenUp() && nowNanos - miss.nextLookupNanos() >= 0);
	}

	/** The miss remembered for the id, if any. */
	@Nullable Miss miss(String externalId) {
		return this.misses.getIfPresent(externalId);
	}

	/**
	 * Forgets a miss given up on the longest delay after; others only when found or evicted: a miss
	 * forgotten while look-ups queue would start the id's count again.
	 */
	private record Forgetting(Duration longestDelay) implements Expiry<String, Miss> {

		@Override
		public long expireAfterCreate(String externalId, Miss miss, long currentTime) {
			return miss.givenUp() ? this.longestDelay.toNanos() : Long.MAX_VALUE;
		}

		@Override
		public long expireAfterUpdate(String externalId, Miss miss, long currentTime, long currentDuration) {
			return expireAfterCreate(externalId, miss, currentTime);
		}

		@Override
		public long expireAfterRead(String externalId, Miss miss, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

	/**
	 * An id's misses.
	 *
	 * @param misses look-ups that missed, for whatever reason
	 * @param notFound look-ups Monigo answered with no such customer
	 * @param nextLookupNanos when the id may be looked up again ({@link System#nanoTime()})
	 * @param delay the delay until then
	 * @param givenUp whether no more look-ups are allowed while the miss is remembered
	 */
	record Miss(int misses, int notFound, long nextLookupNanos, Duration delay, boolean givenUp) {
	}

}
