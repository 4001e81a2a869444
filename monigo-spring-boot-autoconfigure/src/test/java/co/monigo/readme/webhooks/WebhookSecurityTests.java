package co.monigo.readme.webhooks;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.spring.boot.autoconfigure.webhook.MonigoWebhookAutoConfiguration;

import static co.monigo.readme.webhooks.Deliveries.PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In a Spring MVC application with Spring Security, the README's chains let Monigo's signed delivery in
 * without a session, a login or a CSRF token, and keep the rest of the application behind a login.
 */
class WebhookSecurityTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class, MonigoWebhookAutoConfiguration.class))
		.withUserConfiguration(WebApp.class, WebhookSecurity.class)
		.withPropertyValues(Deliveries.PROPERTIES);

	@Test
	void monigoReachesTheEndpointAndTheRestNeedsALogin() {
		this.runner.run((context) -> {
			MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
				.addFilters(context.getBean("springSecurityFilterChain", Filter.class))
				.build();
			byte[] body = Deliveries.invoicePaid("evt_mvc");

			mvc.perform(post(PATH).content(body).header(WebhookVerifier.SIGNATURE_HEADER, Deliveries.sign(body)))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist("Set-Cookie"));
			mvc.perform(post(PATH).content(body).header(WebhookVerifier.SIGNATURE_HEADER, "sha256=" + "0".repeat(64)))
				.andExpect(status().isUnauthorized());
			mvc.perform(get("/orders")).andExpect(status().isUnauthorized());

			assertThat(context.getBean(Deliveries.Received.class).ids).containsExactly("evt_mvc");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class WebApp {

		@Bean
		Deliveries.Received received() {
			return new Deliveries.Received();
		}

		@Bean
		OrdersController ordersController() {
			return new OrdersController();
		}

	}

	@RestController
	static class OrdersController {

		@GetMapping("/orders")
		String list() {
			return "[]";
		}

	}

}
