package co.monigo.spring.boot.autoconfigure;

/**
 * The application runs on a Spring Boot older than the Monigo starter needs.
 */
public class UnsupportedSpringBootVersionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String found;

	private final String required;

	public UnsupportedSpringBootVersionException(String found, String required) {
		super("The Monigo Spring Boot starter needs Spring Boot " + required + " or later, and this application runs "
				+ "on Spring Boot " + found);
		this.found = found;
		this.required = required;
	}

	/** The Spring Boot version the application runs on. */
	public String found() {
		return this.found;
	}

	/** The oldest Spring Boot version the starter supports, for example {@code 4.1}. */
	public String required() {
		return this.required;
	}

}
