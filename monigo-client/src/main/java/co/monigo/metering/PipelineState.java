package co.monigo.metering;

/**
 * Whether the pipeline is delivering, and if not, why.
 */
public enum PipelineState {

	/** Delivering. */
	RUNNING,

	/** Monigo refused the API key (401) or its scope (403): events are kept, delivery is retried slowly. */
	UNAUTHORIZED,

	/** The organisation's event quota is used up (402): events are kept, delivery is retried slowly. */
	QUOTA_EXCEEDED,

	/** The ingest URL is wrong (404 or 405): events are kept, delivery is retried slowly. */
	MISCONFIGURED,

	/** Too many requests failed: the circuit breaker holds requests back for a while. */
	CIRCUIT_OPEN,

	/** Not started yet, or stopped: nothing is sent. */
	STOPPED,

	/** Metering is disabled: events are validated and counted, never sent. */
	DISABLED;

	/** Whether health should report the pipeline down. */
	public boolean isDown() {
		return this != RUNNING && this != DISABLED;
	}

}
