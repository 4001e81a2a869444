package co.monigo.spring.boot.metering;

import java.time.Duration;

/**
 * The settings of {@link ExternalCustomerIdSink}: the mapping of external customer ids.
 *
 * @param createMissing whether an unknown external id creates the customer (named after the id)
 * @param cacheSize how many mappings are kept, and how many misses
 * @param cacheTtl how long a mapping is trusted
 * @param maxWaiting how many events may wait for their customer's look-up in all
 * @param maxWaitingPerCustomer how many events may wait for one external id
 * @param retryInterval the delay before an id not found is looked up again, doubled at every miss
 * @param maxRetryInterval the longest such delay, and how long a miss is remembered
 * @param maxLookups look-ups finding no customer before an id's events are given up on
 */
public record ExternalCustomerIdSettings(boolean createMissing, long cacheSize, Duration cacheTtl, int maxWaiting,
		int maxWaitingPerCustomer, Duration retryInterval, Duration maxRetryInterval, int maxLookups) {

	/** @throws IllegalArgumentException naming the property of a value out of range */
	public ExternalCustomerIdSettings {
		requirePositive(cacheSize, "cache-size");
		requirePositive(maxWaiting, "max-waiting");
		requirePositive(maxWaitingPerCustomer, "max-waiting-per-customer");
		requirePositive(maxLookups, "max-lookups");
		requirePositive(cacheTtl.toMillis(), "cache-ttl");
		requirePositive(retryInterval.toMillis(), "retry-interval");
		requirePositive(maxRetryInterval.toMillis(), "max-retry-interval");
	}

	private static void requirePositive(long value, String property) {
		if (value <= 0) {
			throw new IllegalArgumentException(
					"monigo.metering.customer." + property + " must be positive, but is " + value);
		}
	}

}
