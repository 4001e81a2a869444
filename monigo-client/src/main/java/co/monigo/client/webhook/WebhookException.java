package co.monigo.client.webhook;

import java.util.Locale;

import co.monigo.client.error.MonigoException;

/**
 * A webhook delivery that must not be handled: its signature is missing, malformed or wrong, or its
 * verified body is not a JSON object. The message says which, and never contains the secret, the
 * expected signature or the body.
 */
public class WebhookException extends MonigoException {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	public WebhookException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/** Why the delivery was refused. */
	public Reason reason() {
		return this.reason;
	}

	/** Whether the signature was the problem (answer 401), rather than the body (answer 400). */
	public boolean isSignatureProblem() {
		return this.reason != Reason.MALFORMED_PAYLOAD;
	}

	/** Why a delivery was refused. */
	public enum Reason {

		/** No {@code X-Monigo-Signature} header. */
		MISSING_SIGNATURE,

		/** A header that is not {@code sha256=} followed by 64 hex digits. */
		MALFORMED_SIGNATURE,

		/** A well-formed signature of another body or another secret. */
		WRONG_SIGNATURE,

		/** A correctly signed body that is not a JSON object. */
		MALFORMED_PAYLOAD;

		/** The reason as a low-cardinality tag value, e.g. {@code wrong_signature}. */
		public String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
