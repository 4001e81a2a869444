package co.monigo.test.emulator;

import java.time.Duration;

/**
 * What an injected fault does to the request it hits.
 *
 * @param kind the kind of fault
 * @param status the status answered, for {@link FaultKind#STATUS} and {@link FaultKind#RATE_LIMIT}
 * @param duration the delay, or the {@code Retry-After} of a rate limit
 */
record FaultAction(FaultKind kind, int status, Duration duration) {

	static FaultAction status(int status) {
		return new FaultAction(FaultKind.STATUS, status, Duration.ZERO);
	}

	static FaultAction rateLimit(Duration retryAfter) {
		return new FaultAction(FaultKind.RATE_LIMIT, 429, retryAfter);
	}

	static FaultAction delay(Duration delay) {
		return new FaultAction(FaultKind.DELAY, 0, delay);
	}

	static FaultAction dropConnection() {
		return new FaultAction(FaultKind.DROP_CONNECTION, 0, Duration.ZERO);
	}

}
