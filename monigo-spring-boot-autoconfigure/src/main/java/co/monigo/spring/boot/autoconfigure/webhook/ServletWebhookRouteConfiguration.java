package co.monigo.spring.boot.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import co.monigo.spring.boot.webhook.ServletWebhookRoute;
import co.monigo.spring.boot.webhook.WebhookReceiver;

/**
 * The webhook route of a Spring MVC application.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
class ServletWebhookRouteConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "monigoWebhookRoute")
	RouterFunction<ServerResponse> monigoWebhookRoute(MonigoWebhookProperties properties, WebhookReceiver receiver) {
		return ServletWebhookRoute.of(WebhookSettings.path(properties), WebhookSettings.maxBodyBytes(properties),
				receiver);
	}

}
