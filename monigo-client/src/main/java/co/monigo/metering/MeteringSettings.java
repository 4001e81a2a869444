package co.monigo.metering;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import co.monigo.client.core.Durations;
import co.monigo.metering.journal.JournalSettings;

/**
 * How a {@link BatchingUsageRecorder} keeps, batches, retries and shuts down. Build with
 * {@link #builder()}; every value is checked and a bad one is refused with an
 * {@link InvalidSettingException} naming the setting.
 *
 * @param capacity how many events are kept in memory: the window over the journal, or (journal off)
 * the whole buffer
 * @param batchSize the most events per ingest request (1 to 1,000, the API's limit)
 * @param linger how long a batch waits for more events before it is sent
 * @param maxInFlight the most batches on their way at once; the adaptive limit moves between 1 and this
 * @param overflowPolicy what recording does when the in-memory buffer is full (journal off)
 * @param overflowBlockTimeout how long {@link OverflowPolicy#BLOCK} waits for room
 * @param retryInitialBackoff the wait before the first retry of a failed batch
 * @param retryMaxBackoff the longest wait between retries
 * @param retryMultiplier how much each wait grows
 * @param retryJitter the random spread of each wait, 0 to below 1
 * @param pausedRetryInterval how often delivery is tried again after 401, 402, 403, 404 or 405
 * @param circuit when the circuit breaker opens and for how long
 * @param shutdownTimeout how long stopping waits for pending events to be delivered
 * @param journal where the journal keeps events on disk, or null to keep them in memory only
 */
public record MeteringSettings(int capacity, int batchSize, Duration linger, int maxInFlight,
		OverflowPolicy overflowPolicy, Duration overflowBlockTimeout, Duration retryInitialBackoff,
		Duration retryMaxBackoff, double retryMultiplier, double retryJitter, Duration pausedRetryInterval,
		CircuitSettings circuit, Duration shutdownTimeout, @Nullable JournalSettings journal) {

	/** The API's limit of events per ingest request. */
	public static final int MAX_BATCH_SIZE = 1000;

	public MeteringSettings {
		atLeast("capacity", capacity, 1);
		atLeast("batch-size", batchSize, 1);
		if (batchSize > MAX_BATCH_SIZE) {
			throw new InvalidSettingException("batch-size", "must be at most " + MAX_BATCH_SIZE + ", was " + batchSize);
		}
		positive("linger", linger);
		atLeast("max-in-flight", maxInFlight, 1);
		if (overflowPolicy == null) {
			throw new InvalidSettingException("overflow-policy", "is required");
		}
		positive("overflow-block-timeout", overflowBlockTimeout);
		positive("retry.initial-backoff", retryInitialBackoff);
		positive("retry.max-backoff", retryMaxBackoff);
		if (retryMaxBackoff.compareTo(retryInitialBackoff) < 0) {
			throw new InvalidSettingException("retry.max-backoff", "(" + Durations.format(retryMaxBackoff)
					+ ") must not be shorter than retry.initial-backoff (" + Durations.format(retryInitialBackoff) + ")",
					"retry.initial-backoff");
		}
		if (retryMultiplier < 1.0) {
			throw new InvalidSettingException("retry.multiplier", "must be 1 or more, was " + retryMultiplier);
		}
		if (retryJitter < 0.0 || retryJitter >= 1.0) {
			throw new InvalidSettingException("retry.jitter", "must be from 0 up to (not including) 1, was " + retryJitter);
		}
		positive("paused-retry-interval", pausedRetryInterval);
		if (circuit == null) {
			throw new InvalidSettingException("circuit-breaker", "is required");
		}
		positive("shutdown-timeout", shutdownTimeout);
	}

	static void atLeast(String name, int value, int least) {
		if (value < least) {
			throw new InvalidSettingException(name, "must be at least " + least + ", was " + value);
		}
	}

	static void positive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new InvalidSettingException(name,
					"must be a positive duration, was " + ((value != null) ? Durations.format(value) : "nothing"));
		}
	}

	/**
	 * Settings that suit most services: a journal is not set here (the Spring Boot starter sets one up by
	 * default); 10,000 events in memory, batches of 1,000 or every second, up to 32 in flight.
	 */
	public static MeteringSettings defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * When the circuit breaker guarding ingest requests opens: {@code failureRate} percent of the last
	 * {@code slidingWindow} requests failed (once at least {@code minimumCalls} were made); it then holds
	 * requests back for {@code openDuration} and lets {@code halfOpenCalls} through to probe.
	 *
	 * @param failureRate the percentage of failed requests that opens it, above 0 and at most 100
	 * @param openDuration how long it stays open
	 * @param slidingWindow how many of the latest requests it looks at
	 * @param minimumCalls how many requests it needs before it may open
	 * @param halfOpenCalls how many probe requests it lets through after being open
	 */
	public record CircuitSettings(float failureRate, Duration openDuration, int slidingWindow, int minimumCalls,
			int halfOpenCalls) {

		public CircuitSettings {
			if (!(failureRate > 0 && failureRate <= 100)) {
				throw new InvalidSettingException("circuit-breaker.failure-rate",
						"must be above 0 and at most 100, was " + failureRate);
			}
			positive("circuit-breaker.open-duration", openDuration);
			atLeast("circuit-breaker.sliding-window", slidingWindow, 1);
			atLeast("circuit-breaker.minimum-calls", minimumCalls, 1);
			atLeast("circuit-breaker.half-open-calls", halfOpenCalls, 1);
		}

		/** Defaults: 50 % of the last 50 requests, at least 20, open for 5 s, 2 probes. */
		public static CircuitSettings defaults() {
			return new CircuitSettings(50, Duration.ofSeconds(5), 50, 20, 2);
		}

	}

	/**
	 * Builds {@link MeteringSettings}; each setter has the default named in its javadoc.
	 */
	public static final class Builder {

		private int capacity = 10_000;

		private int batchSize = MAX_BATCH_SIZE;

		private Duration linger = Duration.ofSeconds(1);

		private int maxInFlight = 32;

		private OverflowPolicy overflowPolicy = OverflowPolicy.DROP_NEW;

		private Duration overflowBlockTimeout = Duration.ofMillis(100);

		private Duration retryInitialBackoff = Duration.ofSeconds(1);

		private Duration retryMaxBackoff = Duration.ofSeconds(5);

		private double retryMultiplier = 2.0;

		private double retryJitter = 0.5;

		private Duration pausedRetryInterval = Duration.ofSeconds(30);

		private CircuitSettings circuit = CircuitSettings.defaults();

		private Duration shutdownTimeout = Duration.ofSeconds(10);

		private @Nullable JournalSettings journal;

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

		/** Default 32. */
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

		/** Defaults 1 s, 5 s, 2, 0.5. */
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

		/** The failure rate and open duration, keeping the other circuit settings. Defaults 50 % and 5 s. */
		public Builder circuitBreaker(float failureRate, Duration openDuration) {
			this.circuit = new CircuitSettings(failureRate, openDuration, this.circuit.slidingWindow(),
					this.circuit.minimumCalls(), this.circuit.halfOpenCalls());
			return this;
		}

		/** Default {@link CircuitSettings#defaults()}. */
		public Builder circuitBreaker(CircuitSettings circuit) {
			this.circuit = circuit;
			return this;
		}

		/** Default 10 s. */
		public Builder shutdownTimeout(Duration shutdownTimeout) {
			this.shutdownTimeout = shutdownTimeout;
			return this;
		}

		/** Default none: events are kept in memory only. */
		public Builder journal(@Nullable JournalSettings journal) {
			this.journal = journal;
			return this;
		}

		public MeteringSettings build() {
			return new MeteringSettings(this.capacity, this.batchSize, this.linger, this.maxInFlight,
					this.overflowPolicy, this.overflowBlockTimeout, this.retryInitialBackoff, this.retryMaxBackoff,
					this.retryMultiplier, this.retryJitter, this.pausedRetryInterval, this.circuit,
					this.shutdownTimeout, this.journal);
		}

	}

}
