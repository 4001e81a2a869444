package co.monigo.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The request did not get an HTTP answer: connection refused or reset, DNS failure, TLS failure.
 * Retried by the client up to its retry limit; the operation may or may not have been applied, which
 * is why every mutating request carries an idempotency key.
 */
public class MonigoTransportException extends MonigoException {

	private static final long serialVersionUID = 1L;

	public MonigoTransportException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
