package co.monigo.client.core;

/**
 * Whether an API key reaches Monigo's test mode (isolated data, no real charges) or live mode.
 */
public enum KeyMode {

	/** A {@code mk_test_} key. */
	TEST,

	/** A {@code mk_live_} key. */
	LIVE,

	/** A key of neither known prefix (a self-hosted server, or a future kind of key). */
	UNKNOWN

}
