package co.monigo.metering;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import co.monigo.client.error.MonigoApiException;

/**
 * What the pipeline does about a failed ingest request, by the kind of failure.
 */
enum FailureKind {

	/** No answer, a timeout, 408, 429 or 5xx: wait and send the same batch again. */
	TRANSIENT("retry", null),

	/** The open circuit breaker refused the call: nothing was sent, so it is no attempt; try again soon. */
	NOT_PERMITTED("not_permitted", null),

	/** 401 or 403: keep the events, stop sending, try again slowly. */
	UNAUTHORIZED("paused", PipelineState.UNAUTHORIZED),

	/** 402: keep the events, stop sending, try again slowly. */
	QUOTA_EXCEEDED("paused", PipelineState.QUOTA_EXCEEDED),

	/** 404 or 405: the ingest URL is wrong; keep the events and try again slowly. */
	MISCONFIGURED("paused", PipelineState.MISCONFIGURED),

	/** Any other 4xx (400, 413, 422, ...): some events are bad; isolate them, deliver the rest. */
	REFUSED("refused", null);

	private final String outcome;

	private final PipelineState pausedState;

	FailureKind(String outcome, PipelineState pausedState) {
		this.outcome = outcome;
		this.pausedState = pausedState;
	}

	/** The {@code outcome} tag of the request timer. */
	String outcome() {
		return this.outcome;
	}

	/** The state the pipeline pauses in, or null when this kind does not pause it. */
	PipelineState pausedState() {
		return this.pausedState;
	}

	static FailureKind of(Throwable failure) {
		if (failure instanceof CallNotPermittedException) {
			return NOT_PERMITTED;
		}
		if (!(failure instanceof MonigoApiException apiFailure)) {
			return TRANSIENT;
		}
		int status = apiFailure.status();
		if (status == 408 || status == 429 || status >= 500) {
			return TRANSIENT;
		}
		return switch (status) {
			case 401, 403 -> UNAUTHORIZED;
			case 402 -> QUOTA_EXCEEDED;
			case 404, 405 -> MISCONFIGURED;
			default -> REFUSED;
		};
	}

	/**
	 * Whether a failure counts against the circuit breaker: only those of a struggling server (no answer,
	 * a timeout, 408, 5xx). A 429 is the server pacing us, which the adaptive limit answers; it does not
	 * open the circuit.
	 */
	static boolean isServerTrouble(Throwable failure) {
		return of(failure) == TRANSIENT
				&& !(failure instanceof MonigoApiException apiFailure && apiFailure.status() == 429);
	}

}
