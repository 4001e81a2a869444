package co.monigo.metering;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import co.monigo.client.error.MonigoApiException;

/**
 * The pipeline's last success, last error and pause, as health reports them.
 */
final class PipelineHealth {

	private final AtomicReference<@Nullable PipelineState> paused = new AtomicReference<>();

	private volatile @Nullable Instant lastSuccess;

	private volatile @Nullable String lastError;

	void succeeded() {
		this.lastSuccess = Instant.now();
		this.paused.set(null);
	}

	void failed(FailureKind kind, Throwable failure) {
		this.lastError = describe(failure);
		if (kind.pausedState() != null) {
			this.paused.set(kind.pausedState());
		}
	}

	@Nullable PipelineState pausedState() {
		return this.paused.get();
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
