package co.monigo.spring.boot.autoconfigure;

/**
 * A {@code monigo.*} property holds a value the application cannot start with. Its message names
 * the property and the problem, never the API key.
 */
public class InvalidMonigoConfigurationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String property;

	private final String action;

	public InvalidMonigoConfigurationException(String property, String problem, String action) {
		super("Invalid Monigo configuration: " + property + " " + problem);
		this.property = property;
		this.action = action;
	}

	static InvalidMonigoConfigurationException missingApiKey() {
		return new InvalidMonigoConfigurationException("monigo.api-key", "is not set",
				"Set monigo.api-key (or the MONIGO_API_KEY environment variable) to your Monigo API key, "
						+ "mk_test_... for test mode or mk_live_... for live mode, "
						+ "or set monigo.enabled=false to run without Monigo.");
	}

	static InvalidMonigoConfigurationException unresolvedApiKey(String placeholder, String variable) {
		return new InvalidMonigoConfigurationException("monigo.api-key",
				"is the unresolved placeholder " + placeholder + " (" + variable + " is not set)",
				"Set " + variable + " to your Monigo API key, mk_test_... for test mode or mk_live_... for live mode, "
						+ "or set monigo.enabled=false to run without Monigo.");
	}

	/** The property to fix, for example {@code monigo.api-key}. */
	public String property() {
		return this.property;
	}

	/** What to do about it. */
	public String action() {
		return this.action;
	}

}
