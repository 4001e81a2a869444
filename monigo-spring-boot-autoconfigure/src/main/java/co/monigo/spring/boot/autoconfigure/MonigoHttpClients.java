package co.monigo.spring.boot.autoconfigure;

import java.time.Duration;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Where the {@link MonigoWebClientSource} gets the {@link WebClient.Builder} and the connector that
 * Monigo's client starts from. With Spring Boot's HTTP client and WebClient modules on the classpath
 * they come from Boot ({@link BootMonigoHttpClients}); without them, from Spring's own
 * {@link WebClient#builder()} and the JDK's {@code HttpClient} ({@link JdkMonigoHttpClients}).
 */
interface MonigoHttpClients {

	/**
	 * The builder to start from.
	 * @param closing whether the application context is closing: no bean may be created then
	 */
	WebClient.Builder builder(boolean closing);

	/**
	 * A new connector.
	 * @param connectTimeout Monigo's connect timeout
	 * @param closing whether the application context is closing: no bean may be created then
	 */
	ClientHttpConnector connector(Duration connectTimeout, boolean closing);

}
