package co.monigo.spring.boot.autoconfigure.webhook;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.RecordingListener;

import static co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.PATH;
import static co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.invoiceFinalized;
import static co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With Spring Security on, the chain the README documents lets Monigo reach the endpoint without a
 * session, a login or a CSRF token, and leaves the rest of the application protected.
 */
class WebhookEndpointWithSecurityTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class, MonigoWebhookAutoConfiguration.class))
		.withPropertyValues(WebhookTestSupport.properties());

	@Test
	void withTheDocumentedChainASignedWebhookIsHandledWithoutSessionOrCsrfAndTheRestStaysProtected() {
		this.runner.withUserConfiguration(WebApp.class, DocumentedSecurity.class).run((context) -> {
			MockMvc mvc = mvc(context);
			byte[] body = invoiceFinalized("evt_secure");

			mvc.perform(post(PATH).content(body).header(WebhookVerifier.SIGNATURE_HEADER, sign(body)))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist("Set-Cookie"));
			mvc.perform(post(PATH).content(body).header(WebhookVerifier.SIGNATURE_HEADER, "sha256=" + "0".repeat(64)))
				.andExpect(status().isUnauthorized());
			mvc.perform(post("/orders")).andExpect(status().is4xxClientError());

			assertThat(context.getBean(RecordingListener.class).events).hasSize(1);
		});
	}

	@Test
	void withoutTheDocumentedChainSpringSecurityStopsMonigosDelivery() {
		this.runner.withUserConfiguration(WebApp.class).run((context) -> {
			byte[] body = invoiceFinalized("evt_blocked");

			mvc(context).perform(post(PATH).content(body).header(WebhookVerifier.SIGNATURE_HEADER, sign(body)))
				.andExpect(status().is4xxClientError());

			assertThat(context.getBean(RecordingListener.class).events).isEmpty();
		});
	}

	private static MockMvc mvc(AssertableWebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context)
			.addFilters(context.getBean("springSecurityFilterChain", Filter.class))
			.build();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class WebApp {

		@Bean
		RecordingListener recordingListener() {
			return new RecordingListener();
		}

		@Bean
		OrdersController ordersController() {
			return new OrdersController();
		}

	}

	@RestController
	static class OrdersController {

		@PostMapping("/orders")
		String create() {
			return "created";
		}

	}

	/** The two chains of the README's "Webhooks and Spring Security". */
	@Configuration(proxyBeanMethods = false)
	static class DocumentedSecurity {

		@Bean
		@Order(1)
		SecurityFilterChain monigoWebhooks(HttpSecurity http, MonigoWebhookProperties webhooks) throws Exception {
			return http.securityMatcher(webhooks.getPath())
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable())
				.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain application(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.httpBasic(Customizer.withDefaults())
				.build();
		}

	}

}
