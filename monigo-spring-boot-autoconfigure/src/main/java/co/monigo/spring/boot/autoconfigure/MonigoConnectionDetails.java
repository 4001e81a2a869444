package co.monigo.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the Monigo API is and how to authenticate to it. Defined as a bean (by a test, or by the
 * Monigo emulator's test support) it takes precedence over the {@code monigo.*} properties.
 */
public interface MonigoConnectionDetails extends ConnectionDetails {

	/** The API's base URL, for example {@code https://api.monigo.co}. */
	String baseUrl();

	/** The API key; never log it. */
	String apiKey();

}
