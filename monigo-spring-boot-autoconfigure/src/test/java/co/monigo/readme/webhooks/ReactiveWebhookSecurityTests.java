package co.monigo.readme.webhooks;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.spring.boot.autoconfigure.webhook.MonigoWebhookAutoConfiguration;

import static co.monigo.readme.webhooks.Deliveries.PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a WebFlux application with Spring Security, the README's chain lets Monigo's signed delivery in
 * without a session or a CSRF token, ahead of an application chain that wants a login.
 */
class ReactiveWebhookSecurityTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoWebhookAutoConfiguration.class))
		.withUserConfiguration(WebApp.class, ReactiveWebhookSecurity.class)
		.withPropertyValues(Deliveries.PROPERTIES);

	@Test
	void monigoReachesTheEndpointAndTheRestNeedsALogin() {
		this.runner.run((context) -> {
			WebTestClient client = WebTestClient.bindToApplicationContext(context).build();
			byte[] body = Deliveries.invoicePaid("evt_webflux");

			client.post()
				.uri(PATH)
				.header(WebhookVerifier.SIGNATURE_HEADER, Deliveries.sign(body))
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.doesNotExist("Set-Cookie");
			client.get().uri("/orders").exchange().expectStatus().isUnauthorized();

			assertThat(context.getBean(Deliveries.Received.class).ids).containsExactly("evt_webflux");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebFlux
	@EnableWebFluxSecurity
	static class WebApp {

		@Bean
		Deliveries.Received received() {
			return new Deliveries.Received();
		}

		@Bean
		RouterFunction<ServerResponse> orders() {
			return RouterFunctions.route(RequestPredicates.GET("/orders"), (request) -> ServerResponse.ok().bodyValue("[]"));
		}

		@Bean
		MapReactiveUserDetailsService users() {
			return new MapReactiveUserDetailsService(
					User.withUsername("user").password("{noop}password").roles("USER").build());
		}

		/** The application's own chain, after the README's. */
		@Bean
		@Order(2)
		SecurityWebFilterChain application(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().authenticated())
				.httpBasic(Customizer.withDefaults())
				.build();
		}

	}

}
