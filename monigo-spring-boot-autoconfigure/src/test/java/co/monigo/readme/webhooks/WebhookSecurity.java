package co.monigo.readme.webhooks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import co.monigo.spring.boot.autoconfigure.webhook.MonigoWebhookProperties;

/** The README's two chains of a Spring MVC application, in the configuration an application declares them in. */
@Configuration(proxyBeanMethods = false)
class WebhookSecurity {

	// tag::webhook-security[]
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
	// end::webhook-security[]

}
