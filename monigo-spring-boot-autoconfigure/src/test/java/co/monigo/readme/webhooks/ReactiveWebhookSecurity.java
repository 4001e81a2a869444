package co.monigo.readme.webhooks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import co.monigo.spring.boot.autoconfigure.webhook.MonigoWebhookProperties;

/**
 * The README's chain for the webhook path of a WebFlux application, in the configuration an application
 * declares it in (its own chain, of a lower precedence, is the application's business).
 */
@Configuration(proxyBeanMethods = false)
class ReactiveWebhookSecurity {

	// tag::reactive-webhook-security[]
	@Bean
	@Order(1)
	SecurityWebFilterChain monigoWebhooks(ServerHttpSecurity http, MonigoWebhookProperties webhooks) {
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(webhooks.getPath()))
			.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.build();
	}
	// end::reactive-webhook-security[]

}
