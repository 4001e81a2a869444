package co.monigo.spring.boot.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import co.monigo.spring.boot.webhook.ReactiveWebhookRoute;
import co.monigo.spring.boot.webhook.WebhookReceiver;

/**
 * The webhook route of a WebFlux application.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(RouterFunction.class)
class ReactiveWebhookRouteConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "monigoWebhookRoute")
	RouterFunction<ServerResponse> monigoWebhookRoute(MonigoWebhookProperties properties, WebhookReceiver receiver) {
		return ReactiveWebhookRoute.of(WebhookSettings.path(properties), WebhookSettings.maxBodyBytes(properties),
				receiver);
	}

}
