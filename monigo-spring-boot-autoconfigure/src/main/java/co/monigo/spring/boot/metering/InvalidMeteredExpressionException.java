package co.monigo.spring.boot.metering;

/**
 * A {@code @Metered} expression does not parse. Thrown at startup, naming the class, the method, the
 * attribute and the expression.
 */
public class InvalidMeteredExpressionException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public InvalidMeteredExpressionException(String method, String attribute, String expression, Throwable cause) {
		super("@Metered on " + method + " has an invalid " + attribute + " expression '" + expression + "': "
				+ cause.getMessage(), cause);
	}

}
