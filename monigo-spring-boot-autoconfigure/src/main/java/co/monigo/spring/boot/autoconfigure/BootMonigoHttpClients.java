package co.monigo.spring.boot.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Monigo's HTTP client in an application with Spring Boot's WebClient module: Boot's
 * {@link WebClient.Builder} (so the application's customizers, codecs and observations apply to
 * Monigo calls too) and a connector from Boot's {@link ClientHttpConnectorBuilder} (Reactor Netty when
 * the application has it, otherwise the JDK's {@code HttpClient}; {@code spring.http.clients.reactive.connector}
 * chooses) with Boot's HTTP client settings and Monigo's connect timeout. While the context closes it
 * uses no bean: Boot's detection and defaults.
 */
final class BootMonigoHttpClients implements MonigoHttpClients, BeanClassLoaderAware {

	private final ObjectProvider<WebClient.Builder> webClientBuilder;

	private final ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder;

	private final ObjectProvider<HttpClientSettings> httpClientSettings;

	private @Nullable ClassLoader classLoader;

	BootMonigoHttpClients(ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings) {
		this.webClientBuilder = webClientBuilder;
		this.connectorBuilder = connectorBuilder;
		this.httpClientSettings = httpClientSettings;
	}

	@Override
	public WebClient.Builder builder(boolean closing) {
		return closing ? WebClient.builder() : this.webClientBuilder.getIfAvailable(WebClient::builder);
	}

	@Override
	public ClientHttpConnector connector(Duration connectTimeout, boolean closing) {
		if (closing) {
			return ClientHttpConnectorBuilder.detect(this.classLoader)
				.build(HttpClientSettings.defaults().withConnectTimeout(connectTimeout));
		}
		HttpClientSettings settings = this.httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withConnectTimeout(connectTimeout);
		return this.connectorBuilder.getIfAvailable(() -> ClientHttpConnectorBuilder.detect(this.classLoader))
			.build(settings);
	}

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

}
