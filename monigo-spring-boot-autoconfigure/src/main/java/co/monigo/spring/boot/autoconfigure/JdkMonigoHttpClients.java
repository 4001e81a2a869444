package co.monigo.spring.boot.autoconfigure;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Monigo's HTTP client in an application without Spring Boot's WebClient module (the starter does not
 * bring it: four jars and nine auto-configurations fewer at startup): Spring's
 * {@link WebClient#builder()} with a connector on the JDK's {@code HttpClient}.
 */
final class JdkMonigoHttpClients implements MonigoHttpClients {

	@Override
	public WebClient.Builder builder(boolean closing) {
		return WebClient.builder();
	}

	@Override
	public ClientHttpConnector connector(Duration connectTimeout, boolean closing) {
		return new JdkClientHttpConnector(HttpClient.newBuilder().connectTimeout(connectTimeout).build());
	}

}
