package co.monigo.spring.boot.webhook;

/**
 * What became of one delivery, and the HTTP status it is answered with (always without a body).
 */
public enum WebhookOutcome {

	/** Verified, new, and every listener returned: 200, the id is remembered. */
	PUBLISHED(200),

	/** Verified, and already handled: 200, not published again. */
	DUPLICATE(200),

	/** Verified, and being handled by another request right now: 409, so Monigo retries later. */
	IN_PROGRESS(409),

	/** Signature missing, malformed or wrong: 401, nothing parsed or published. */
	UNAUTHORIZED(401),

	/** Correctly signed but not a JSON object: 400. */
	MALFORMED(400),

	/** Larger than {@code monigo.webhooks.max-body-size}: 413, not read further. */
	TOO_LARGE(413),

	/** A listener threw: 500, the id is not remembered, so Monigo's retry is published again. */
	LISTENER_FAILED(500);

	private final int status;

	WebhookOutcome(int status) {
		this.status = status;
	}

	public int status() {
		return this.status;
	}

}
