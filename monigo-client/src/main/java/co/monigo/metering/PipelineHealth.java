package co.monigo.metering;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.monigo.client.core.Durations;
import co.monigo.client.error.MonigoApiException;

/**
 * The pipeline's last success, last error, failure streak and pause, as health reports them. A pause
 * (401, 402, 403, a wrong URL, the circuit opening) is logged once at WARN with what to do, and the
 * first delivery after it once at INFO: never a line per attempt.
 */
final class PipelineHealth {

	private static final Logger logger = LoggerFactory.getLogger(PipelineHealth.class);

	private final MeteringSettings settings;

	private final AtomicReference<@Nullable PipelineState> paused = new AtomicReference<>();

	private final AtomicInteger failureStreak = new AtomicInteger();

	private volatile @Nullable Instant lastSuccess;

	private volatile @Nullable String lastError;

	private volatile long circuitOpenedAt = System.nanoTime();

	PipelineHealth(MeteringSettings settings) {
		this.settings = settings;
	}

	/**
	 * A batch was delivered; true when delivery had been paused (401/402/403, a wrong URL, the circuit
	 * open) until now, so the batches waiting out a backoff can all go at once. A success between
	 * passing failures (a server failing some requests) is not a recovery: their backoffs stand.
	 */
	boolean succeeded() {
		this.lastSuccess = Instant.now();
		int streak = this.failureStreak.getAndSet(0);
		PipelineState was = this.paused.getAndSet(null);
		if (was != null) {
			logger.info("Monigo usage delivery resumed after {} failed attempts (it was paused: {})", streak,
					was.name().toLowerCase(java.util.Locale.ROOT));
		}
		return was != null;
	}

	void failed(FailureKind kind, Throwable failure) {
		this.lastError = describe(failure);
		this.failureStreak.incrementAndGet();
		if (kind.pausedState() != null) {
			pause(kind.pausedState(), failure);
		}
	}

	/** The circuit breaker opened: delivery pauses for its open duration. */
	void circuitOpened() {
		this.circuitOpenedAt = System.nanoTime();
		pause(PipelineState.CIRCUIT_OPEN, null);
	}

	/** When the circuit breaker last opened, by {@link System#nanoTime()}. */
	long circuitOpenedAt() {
		return this.circuitOpenedAt;
	}

	private void pause(PipelineState state, @Nullable Throwable failure) {
		PipelineState was = this.paused.getAndSet(state);
		if (was == state) {
			return;
		}
		logger.warn("Monigo usage delivery paused: {}. Recorded events are kept{} and delivery is tried again {}.",
				reason(state, failure), this.settings.journal() != null ? " in the journal" : " in memory",
				retry(state));
	}

	private String reason(PipelineState state, @Nullable Throwable failure) {
		String status = (failure instanceof MonigoApiException api) ? " (" + api.status() + ")" : "";
		return switch (state) {
			case UNAUTHORIZED -> "Monigo refused the API key" + status
					+ "; check monigo.api-key (a key of the right organisation and mode, not revoked)";
			case QUOTA_EXCEEDED -> "the organisation's event quota is used up" + status
					+ "; raise it in Monigo's dashboard";
			case MISCONFIGURED -> "the ingest URL was not found" + status + "; check monigo.base-url";
			case CIRCUIT_OPEN -> "too many ingest requests failed, so the circuit breaker holds requests back";
			default -> state.name();
		};
	}

	private String retry(PipelineState state) {
		Duration every = (state == PipelineState.CIRCUIT_OPEN) ? this.settings.circuit().openDuration()
				: this.settings.pausedRetryInterval();
		return "every " + Durations.format(every);
	}

	@Nullable PipelineState pausedState() {
		return this.paused.get();
	}

	int failureStreak() {
		return this.failureStreak.get();
	}

	@Nullable Instant lastSuccess() {
		return this.lastSuccess;
	}

	@Nullable String lastError() {
		return this.lastError;
	}

	/** The client's messages never hold the API key; the type tells transport failures apart. */
	private static String describe(Throwable failure) {
		if (failure instanceof MonigoApiException) {
			return failure.getMessage();
		}
		return failure.getClass().getSimpleName() + ": " + failure.getMessage();
	}

}
