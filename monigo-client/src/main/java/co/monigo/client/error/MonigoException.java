package co.monigo.client.error;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception the Monigo client throws. Unchecked; never carries the API key.
 */
public class MonigoException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public MonigoException(String message) {
		super(message);
	}

	public MonigoException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
