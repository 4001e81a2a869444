package co.monigo.client.error;

import org.jspecify.annotations.Nullable;

/**
 * An attempt got no complete answer within the configured timeout. A kind of transport failure.
 */
public class MonigoTimeoutException extends MonigoTransportException {

	private static final long serialVersionUID = 1L;

	public MonigoTimeoutException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
