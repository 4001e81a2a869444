package co.monigo.spring.boot.autoconfigure.webhook;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.spring.boot.autoconfigure.InvalidMonigoConfigurationException;
import co.monigo.spring.boot.webhook.CaffeineWebhookEventStore;
import co.monigo.spring.boot.webhook.MicrometerWebhookMetrics;
import co.monigo.spring.boot.webhook.WebhookEventStore;
import co.monigo.spring.boot.webhook.WebhookMetrics;
import co.monigo.spring.boot.webhook.WebhookReceiver;

/**
 * Auto-configuration of the Monigo webhook endpoint, on with {@code monigo.webhooks.enabled=true}: a
 * functional route at {@code monigo.webhooks.path} for Spring MVC or WebFlux, whichever the application
 * runs, publishing each verified new event as a {@code MonigoWebhookEvent}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(WebhookVerifier.class)
@ConditionalOnBooleanProperty("monigo.webhooks.enabled")
@EnableConfigurationProperties(MonigoWebhookProperties.class)
@Import({ ServletWebhookRouteConfiguration.class, ReactiveWebhookRouteConfiguration.class })
public final class MonigoWebhookAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebhookVerifier monigoWebhookVerifier(MonigoWebhookProperties properties, Environment environment) {
		return WebhookSettings.verifier(properties, environment);
	}

	@Bean
	@ConditionalOnMissingBean
	WebhookReceiver monigoWebhookReceiver(WebhookVerifier verifier, ObjectProvider<WebhookEventStore> store,
			ApplicationEventPublisher publisher, ObjectProvider<WebhookMetrics> metrics) {
		WebhookEventStore handled = store.getIfAvailable(() -> {
			throw new InvalidMonigoConfigurationException("monigo.webhooks.enabled", "needs a store of handled ids",
					"Add com.github.ben-manes.caffeine:caffeine (the starter has it) for the in-memory store, "
							+ "or declare a WebhookEventStore bean.");
		});
		return new WebhookReceiver(verifier, handled, publisher, metrics.getIfAvailable(() -> WebhookMetrics.NONE));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Caffeine.class)
	static class InMemoryStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean(WebhookEventStore.class)
		CaffeineWebhookEventStore monigoWebhookEventStore(MonigoWebhookProperties properties) {
			return new CaffeineWebhookEventStore(WebhookSettings.retention(properties),
					properties.getMaxHandledEvents());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean(WebhookMetrics.class)
		MicrometerWebhookMetrics monigoWebhookMetrics(MeterRegistry registry) {
			return new MicrometerWebhookMetrics(registry);
		}

	}

}
