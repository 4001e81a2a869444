package co.monigo.client.internal;

import java.time.Duration;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import co.monigo.client.core.RetrySettings;
import co.monigo.client.error.MonigoApiException;
import co.monigo.client.error.MonigoTransportException;

/**
 * Which failures are retried, and how long to wait: capped exponential backoff with jitter, or the
 * server's {@code Retry-After} when it gave one.
 */
public final class RetryPolicy {

	private RetryPolicy() {
	}

	/** A Resilience4j retry for these settings; every attempt of one call reuses its idempotency key. */
	public static Retry create(String name, RetrySettings settings) {
		IntervalFunction backoff = backoff(settings.initialBackoff(), settings.multiplier(), settings.jitter(),
				settings.maxBackoff());
		RetryConfig config = RetryConfig.custom()
			.maxAttempts(settings.maxRetries() + 1)
			.retryOnException((failure) -> isRetryable(failure, settings.maxBackoff()))
			.intervalBiFunction((attempt, outcome) -> {
				if (outcome.isLeft() && outcome.getLeft() instanceof MonigoApiException apiFailure
						&& apiFailure.retryAfter().isPresent()) {
					return apiFailure.retryAfter().get().toMillis();
				}
				return backoff.apply(attempt);
			})
			.build();
		return Retry.of(name, config);
	}

	/**
	 * Capped exponential backoff, with random jitter when {@code jitter} is above 0 (Resilience4j
	 * refuses a randomization factor of 0).
	 */
	public static IntervalFunction backoff(Duration initial, double multiplier, double jitter, Duration max) {
		return (jitter > 0) ? IntervalFunction.ofExponentialRandomBackoff(initial, multiplier, jitter, max)
				: IntervalFunction.ofExponentialBackoff(initial, multiplier, max);
	}

	/**
	 * Transport failures, timeouts, 408, 429 and 5xx are worth another attempt; other 4xx are not
	 * (a 409 in Monigo is a real conflict). A {@code Retry-After} longer than the longest backoff
	 * is not waited out: the error goes back to the caller, who may choose to wait.
	 */
	public static boolean isRetryable(Throwable failure, Duration longestWait) {
		if (failure instanceof MonigoTransportException) {
			return true;
		}
		if (failure instanceof MonigoApiException apiFailure) {
			int status = apiFailure.status();
			boolean transientStatus = status == 408 || status == 429 || status >= 500;
			boolean waitAcceptable = apiFailure.retryAfter().map((wait) -> wait.compareTo(longestWait) <= 0)
				.orElse(true);
			return transientStatus && waitAcceptable;
		}
		return false;
	}

}
