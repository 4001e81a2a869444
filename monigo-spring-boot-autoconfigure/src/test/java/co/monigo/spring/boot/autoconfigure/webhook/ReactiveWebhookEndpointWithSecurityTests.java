package co.monigo.spring.boot.autoconfigure.webhook;

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
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.RecordingListener;

import static co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.PATH;
import static co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.invoiceFinalized;
import static co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Spring Security on in a WebFlux application, the chain the README documents lets Monigo reach
 * the endpoint without a session or a CSRF token, and leaves the rest of the application protected.
 */
class ReactiveWebhookEndpointWithSecurityTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoWebhookAutoConfiguration.class))
		.withUserConfiguration(WebApp.class)
		.withPropertyValues(WebhookTestSupport.properties());

	@Test
	void withTheDocumentedChainASignedWebhookIsHandledAndTheRestStaysProtected() {
		this.runner.withUserConfiguration(DocumentedSecurity.class).run((context) -> {
			WebTestClient client = WebTestClient.bindToApplicationContext(context).build();
			byte[] body = invoiceFinalized("evt_secure");

			client.post()
				.uri(PATH)
				.header(WebhookVerifier.SIGNATURE_HEADER, sign(body))
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.doesNotExist("Set-Cookie");
			client.get().uri("/orders").exchange().expectStatus().isUnauthorized();

			assertThat(context.getBean(RecordingListener.class).events).hasSize(1);
		});
	}

	@Test
	void withOnlyTheApplicationsChainSpringSecurityStopsMonigosDelivery() {
		this.runner.withUserConfiguration(ApplicationChainOnly.class).run((context) -> {
			byte[] body = invoiceFinalized("evt_blocked");

			WebTestClient.bindToApplicationContext(context)
				.build()
				.post()
				.uri(PATH)
				.header(WebhookVerifier.SIGNATURE_HEADER, sign(body))
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.is4xxClientError();

			assertThat(context.getBean(RecordingListener.class).events).isEmpty();
		});
	}

	private static SecurityWebFilterChain applicationChain(ServerHttpSecurity http) {
		return http.authorizeExchange((exchanges) -> exchanges.anyExchange().authenticated())
			.httpBasic(Customizer.withDefaults())
			.build();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebFlux
	@EnableWebFluxSecurity
	static class WebApp {

		@Bean
		RecordingListener recordingListener() {
			return new RecordingListener();
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

	}

	/** The two chains of the README's "Webhooks and Spring Security", WebFlux flavour. */
	@Configuration(proxyBeanMethods = false)
	static class DocumentedSecurity {

		@Bean
		@Order(1)
		SecurityWebFilterChain monigoWebhooks(ServerHttpSecurity http, MonigoWebhookProperties webhooks) {
			return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(webhooks.getPath()))
				.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
				.csrf(ServerHttpSecurity.CsrfSpec::disable)
				.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
				.build();
		}

		@Bean
		@Order(2)
		SecurityWebFilterChain application(ServerHttpSecurity http) {
			return applicationChain(http);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ApplicationChainOnly {

		@Bean
		SecurityWebFilterChain application(ServerHttpSecurity http) {
			return applicationChain(http);
		}

	}

}
