package co.monigo.spring.boot.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

import co.monigo.client.MonigoClient;

/**
 * Auto-configuration of the {@link MonigoClient}. In an application with Spring Boot's WebClient
 * module it is built from Boot's {@link WebClient.Builder} and connector, so the application's
 * customizers, codecs and observations apply to Monigo calls too; without it (the starter does not
 * bring it), from Spring's builder on the JDK's {@code HttpClient}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration" })
@ConditionalOnClass(MonigoClient.class)
@ConditionalOnBooleanProperty(name = "monigo.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MonigoProperties.class)
public final class MonigoAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(MonigoAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(MonigoConnectionDetails.class)
	PropertiesMonigoConnectionDetails monigoConnectionDetails(MonigoProperties properties) {
		return new PropertiesMonigoConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean(MonigoClient.class)
	MonigoWebClientSource monigoWebClientSource(MonigoProperties properties,
			ObjectProvider<MonigoHttpClients> httpClients, ObjectProvider<ObservationRegistry> observationRegistry) {
		return new MonigoWebClientSource(httpClients.getIfAvailable(() -> new JdkMonigoHttpClients(observationRegistry)),
				properties.getConnectTimeout());
	}

	@Bean
	@ConditionalOnMissingBean
	MonigoClient monigoClient(MonigoProperties properties, MonigoConnectionDetails connectionDetails,
			MonigoWebClientSource webClientSource, ObjectProvider<MonigoClientCustomizer> customizers) {
		MonigoClient.Builder builder = MonigoClientSettings.toBuilder(properties, connectionDetails);
		// Boot's WebClient.Builder and connector are resolved after startup, not here (see MonigoWebClientSource).
		builder.webClientBuilder(webClientSource);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		MonigoClient client = builder.build();
		logger.info("Monigo client for {} with a {} key", client.baseUrl(), client.keyMode());
		ApiKeyCheck.warnIfUnknown(client.keyMode());
		return client;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder",
			"org.springframework.boot.webclient.WebClientCustomizer" })
	static class BootHttpClientsConfiguration {

		@Bean
		@ConditionalOnMissingBean(MonigoClient.class)
		BootMonigoHttpClients monigoHttpClients(ObjectProvider<WebClient.Builder> webClientBuilder,
				ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
				ObjectProvider<HttpClientSettings> httpClientSettings) {
			return new BootMonigoHttpClients(webClientBuilder, connectorBuilder, httpClientSettings);
		}

	}

}
