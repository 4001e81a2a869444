package co.monigo.spring.boot.autoconfigure;

import java.net.http.HttpClient;
import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Monigo's HTTP client in an application without Spring Boot's WebClient module (the starter does not
 * bring it: four jars and nine auto-configurations fewer at startup): Spring's
 * {@link WebClient#builder()} with a connector on the JDK's {@code HttpClient}, observed through the
 * application's {@link ObservationRegistry} when it has one (actuator, tracing), as Boot's builder would be.
 */
final class JdkMonigoHttpClients implements MonigoHttpClients {

	private final ObjectProvider<ObservationRegistry> observationRegistry;

	JdkMonigoHttpClients(ObjectProvider<ObservationRegistry> observationRegistry) {
		this.observationRegistry = observationRegistry;
	}

	@Override
	public WebClient.Builder builder(boolean closing) {
		WebClient.Builder builder = WebClient.builder();
		ObservationRegistry registry = closing ? null : this.observationRegistry.getIfAvailable();
		return (registry != null) ? builder.observationRegistry(registry) : builder;
	}

	@Override
	public ClientHttpConnector connector(Duration connectTimeout, boolean closing) {
		return new JdkClientHttpConnector(HttpClient.newBuilder().connectTimeout(connectTimeout).build());
	}

}
