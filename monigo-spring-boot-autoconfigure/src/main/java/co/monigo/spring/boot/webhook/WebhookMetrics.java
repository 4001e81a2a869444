package co.monigo.spring.boot.webhook;

/**
 * What the webhook endpoint counts: deliveries received, verified, rejected (by reason), duplicates
 * and listener failures. Recording never throws.
 */
public interface WebhookMetrics {

	/** Counts nothing: for applications without Micrometer. */
	WebhookMetrics NONE = new WebhookMetrics() {
	};

	default void received() {
	}

	default void verified() {
	}

	/** @param reason a low-cardinality tag value, e.g. {@code wrong_signature}, {@code body_too_large} */
	default void rejected(String reason) {
	}

	default void duplicate() {
	}

	default void listenerFailed() {
	}

}
