package co.monigo.metering;

import java.time.Duration;

/**
 * How a {@link BatchingUsageRecorder} buffers, batches, retries and shuts down. Build with
 * {@link #builder()}; every value is checked and a bad one is refused naming the setting.
 *
 * @param capacity how many events the buffer holds
 * @param batchSize the most events per ingest request (1 to 1,000, the API's limit)
 * @param linger how long a batch waits for more events before it is sent
 * @param maxInFlight how many batches may be on their way at once
 * @param overflowPolicy what recording does when the buffer is full
 * @param overflowBlockTimeout how long {@link OverflowPolicy#BLOCK} waits for room
 * @param retryInitialBackoff the wait before the first retry of a failed batch
 * @param retryMaxBackoff the longest wait between retries
 * @param retryMultiplier how much each wait grows
 * @param retryJitter the random spread of each wait, 0 to below 1
 * @param pausedRetryInterval how often delivery is tried again after 401, 402 or 403
 * @param circuitFailureRate the percentage of failed requests that opens the circuit breaker
 * @param circuitOpenDuration how long an open circuit holds requests back
 * @param shutdownTimeout how long closing waits for pending events to be delivered
 */
public record MeteringSettings(int capacity, int batchSize, Duration linger, int maxInFlight,
		OverflowPolicy overflowPolicy, Duration overflowBlockTimeout, Duration retryInitialBackoff,
		Duration retryMaxBackoff, double retryMultiplier, double retryJitter, Duration pausedRetryInterval,
		float circuitFailureRate, Duration circuitOpenDuration, Duration shutdownTimeout) {

	/** The API's limit of events per ingest request. */
	public static final int MAX_BATCH_SIZE = 1000;

	public MeteringSettings {
		atLeast("capacity", capacity, 1);
		atLeast("batch-size", batchSize, 1);
		if (batchSize > MAX_BATCH_SIZE) {
			throw new IllegalArgumentException("batch-size must be at most " + MAX_BATCH_SIZE + ", was " + batchSize);
		}
		positive("linger", linger);
		atLeast("max-in-flight", maxInFlight, 1);
		if (overflowPolicy == null) {
			throw new IllegalArgumentException("overflow-policy is required");
		}
		positive("overflow-block-timeout", overflowBlockTimeout);
		positive("retry.initial-backoff", retryInitialBackoff);
		positive("retry.max-backoff", retryMaxBackoff);
		if (retryMaxBackoff.compareTo(retryInitialBackoff) < 0) {
			throw new IllegalArgumentException("retry.max-backoff (" + retryMaxBackoff
					+ ") must not be shorter than retry.initial-backoff (" + retryInitialBackoff + ")");
		}
		if (retryMultiplier < 1.0) {
			throw new IllegalArgumentException("retry.multiplier must be 1 or more, was " + retryMultiplier);
		}
		if (retryJitter < 0.0 || retryJitter >= 1.0) {
			throw new IllegalArgumentException("retry.jitter must be from 0 up to (not including) 1, was " + retryJitter);
		}
		positive("paused-retry-interval", pausedRetryInterval);
		if (!(circuitFailureRate > 0 && circuitFailureRate <= 100)) {
			throw new IllegalArgumentException(
					"circuit-breaker.failure-rate must be above 0 and at most 100, was " + circuitFailureRate);
		}
		positive("circuit-breaker.open-duration", circuitOpenDuration);
		positive("shutdown-timeout", shutdownTimeout);
	}

	private static void atLeast(String name, int value, int least) {
		if (value < least) {
			throw new IllegalArgumentException(name + " must be at least " + least + ", was " + value);
		}
	}

	private static void positive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
		}
	}

	/** Settings that suit most services: 10,000 events, batches of 1,000 or every second, 2 in flight. */
	public static MeteringSettings defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link MeteringSettings}; each setter has the default named in its javadoc.
	 */
	public static final class Builder {

		private int capacity = 10_000;

		private int batchSize = MAX_BATCH_SIZE;

		private Duration linger = Duration.ofSeconds(1);

		private int maxInFlight = 2;

		private OverflowPolicy overflowPolicy = OverflowPolicy.DROP_NEW;

		private Duration overflowBlockTimeout = Duration.ofMillis(100);

		private Duration retryInitialBackoff = Duration.ofSeconds(1);

		private Duration retryMaxBackoff = Duration.ofMinutes(1);

		private double retryMultiplier = 2.0;

		private double retryJitter = 0.5;

		private Duration pausedRetryInterval = Duration.ofSeconds(30);

		private float circuitFailureRate = 50;

		private Duration circuitOpenDuration = Duration.ofSeconds(30);

		private Duration shutdownTimeout = Duration.ofSeconds(10);

		private Builder() {
		}

		/** Default 10,000. */
		public Builder capacity(int capacity) {
			this.capacity = capacity;
			return this;
		}

		/** Default 1,000. */
		public Builder batchSize(int batchSize) {
			this.batchSize = batchSize;
			return this;
		}

		/** Default 1 s. */
		public Builder linger(Duration linger) {
			this.linger = linger;
			return this;
		}

		/** Default 2. */
		public Builder maxInFlight(int maxInFlight) {
			this.maxInFlight = maxInFlight;
			return this;
		}

		/** Default {@link OverflowPolicy#DROP_NEW}. */
		public Builder overflowPolicy(OverflowPolicy overflowPolicy) {
			this.overflowPolicy = overflowPolicy;
			return this;
		}

		/** Default 100 ms. */
		public Builder overflowBlockTimeout(Duration overflowBlockTimeout) {
			this.overflowBlockTimeout = overflowBlockTimeout;
			return this;
		}

		/** Defaults 1 s, 1 min, 2, 0.5. */
		public Builder retryBackoff(Duration initial, Duration max, double multiplier, double jitter) {
			this.retryInitialBackoff = initial;
			this.retryMaxBackoff = max;
			this.retryMultiplier = multiplier;
			this.retryJitter = jitter;
			return this;
		}

		/** Default 30 s. */
		public Builder pausedRetryInterval(Duration pausedRetryInterval) {
			this.pausedRetryInterval = pausedRetryInterval;
			return this;
		}

		/** Defaults 50 % and 30 s. */
		public Builder circuitBreaker(float failureRate, Duration openDuration) {
			this.circuitFailureRate = failureRate;
			this.circuitOpenDuration = openDuration;
			return this;
		}

		/** Default 10 s. */
		public Builder shutdownTimeout(Duration shutdownTimeout) {
			this.shutdownTimeout = shutdownTimeout;
			return this;
		}

		public MeteringSettings build() {
			return new MeteringSettings(this.capacity, this.batchSize, this.linger, this.maxInFlight,
					this.overflowPolicy, this.overflowBlockTimeout, this.retryInitialBackoff, this.retryMaxBackoff,
					this.retryMultiplier, this.retryJitter, this.pausedRetryInterval, this.circuitFailureRate,
					this.circuitOpenDuration, this.shutdownTimeout);
		}

	}

}
