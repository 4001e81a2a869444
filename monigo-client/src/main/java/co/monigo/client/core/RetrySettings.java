package co.monigo.client.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries a failed request: transport failures, timeouts, 408, 429 and 5xx only.
 *
 * @param maxRetries retries after the first attempt; 0 turns retries off
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the cap of the exponential backoff, and of a server's {@code Retry-After}
 * @param multiplier how much each wait grows over the previous one
 * @param jitter the random spread of each wait, from 0 (none) to 1 (±100%)
 */
public record RetrySettings(int maxRetries, Duration initialBackoff, Duration maxBackoff, double multiplier,
		double jitter) {

	/** Two retries, from 500 ms doubling up to 10 s, with ±50% jitter. */
	public static final RetrySettings DEFAULT = new RetrySettings(2, Duration.ofMillis(500), Duration.ofSeconds(10),
			2.0, 0.5);

	/** No retries at all. */
	public static final RetrySettings NONE = DEFAULT.withMaxRetries(0);

	public RetrySettings {
		Objects.requireNonNull(initialBackoff, "initialBackoff");
		Objects.requireNonNull(maxBackoff, "maxBackoff");
		if (maxRetries < 0) {
			throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
		}
		if (initialBackoff.isNegative() || initialBackoff.isZero()) {
			throw new IllegalArgumentException("initialBackoff must be positive, was " + initialBackoff);
		}
		if (maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException(
					"maxBackoff (" + maxBackoff + ") must not be shorter than initialBackoff (" + initialBackoff + ")");
		}
		if (multiplier < 1.0) {
			throw new IllegalArgumentException("multiplier must be 1 or more, was " + multiplier);
		}
		if (jitter < 0.0 || jitter >= 1.0) {
			throw new IllegalArgumentException("jitter must be from 0 up to (not including) 1, was " + jitter);
		}
	}

	public RetrySettings withMaxRetries(int maxRetries) {
		return new RetrySettings(maxRetries, this.initialBackoff, this.maxBackoff, this.multiplier, this.jitter);
	}

	public RetrySettings withBackoff(Duration initialBackoff, Duration maxBackoff) {
		return new RetrySettings(this.maxRetries, initialBackoff, maxBackoff, this.multiplier, this.jitter);
	}

}
