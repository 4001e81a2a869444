package co.monigo.spring.boot.metering;

/**
 * Thrown by a {@link CustomerResolver} when a request names its customer in a way that can't be
 * taken as one customer id: several ids, or characters a header can't carry. The call goes on; its
 * usage is not recorded and is counted in {@code monigo.metered.failures} (reason
 * {@code invalid_customer}). The message must not repeat the value, which may hold control characters.
 */
public class InvalidCustomerException extends RuntimeException {

	public InvalidCustomerException(String message) {
		super(message);
	}

}
