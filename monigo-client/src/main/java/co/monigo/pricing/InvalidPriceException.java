package co.monigo.pricing;

/**
 * Thrown when a price's configuration cannot be charged; the message names the field to fix.
 */
public class InvalidPriceException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public InvalidPriceException(String message) {
		super(message);
	}

}
