package co.monigo.client.core;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Per-request settings that override the client's: the idempotency key and the timeout.
 */
public final class RequestOptions {

	private static final RequestOptions NONE = new RequestOptions(null, null, true);

	private final @Nullable String idempotencyKey;

	private final @Nullable Duration timeout;

	private final boolean retries;

	private RequestOptions(@Nullable String idempotencyKey, @Nullable Duration timeout, boolean retries) {
		this.idempotencyKey = idempotencyKey;
		this.timeout = timeout;
		this.retries = retries;
	}

	/** No overrides: a fresh UUID idempotency key and the client's timeout. */
	public static RequestOptions none() {
		return NONE;
	}

	/** Sends this idempotency key on a POST, PUT or PATCH (and on each of its retries). */
	public static RequestOptions idempotencyKey(String key) {
		return NONE.withIdempotencyKey(key);
	}

	/** Bounds each attempt of this request by this timeout instead of the client's. */
	public static RequestOptions timeout(Duration timeout) {
		return NONE.withTimeout(timeout);
	}

	public RequestOptions withIdempotencyKey(String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("idempotency key must not be blank");
		}
		return new RequestOptions(key, this.timeout, this.retries);
	}

	public RequestOptions withTimeout(Duration timeout) {
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive, was " + timeout);
		}
		return new RequestOptions(this.idempotencyKey, timeout, this.retries);
	}

	/**
	 * Makes exactly one attempt, for a caller that retries by its own rules (the ingest pipeline
	 * keeps a failed batch and retries it itself).
	 */
	public RequestOptions withoutRetries() {
		return new RequestOptions(this.idempotencyKey, this.timeout, false);
	}

	/** Whether the client's retry policy applies to this request. */
	public boolean retriesEnabled() {
		return this.retries;
	}

	public Optional<String> idempotencyKeyOverride() {
		return Optional.ofNullable(this.idempotencyKey);
	}

	public Optional<Duration> timeoutOverride() {
		return Optional.ofNullable(this.timeout);
	}

}
