package co.monigo.test.emulator;

/**
 * The kinds of failure the emulator can inject; see {@link Faults}.
 */
public enum FaultKind {

	/** An error status (5xx, or any status of 400 or more) with a JSON error body; nothing applied. */
	STATUS,

	/** 429 with a {@code Retry-After} header; nothing applied. */
	RATE_LIMIT,

	/** The request is held for a while, then served normally. */
	DELAY,

	/** The connection is closed after the request is read, without any answer; nothing applied. */
	DROP_CONNECTION,

	/** An ingest refused with 400 naming the chosen events by idempotency key; nothing ingested. */
	REJECT_EVENTS

}
