package co.monigo.spring.boot.autoconfigure.metering;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import ch.qos.logback.classic.Level;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.context.request.RequestContextHolder;
import reactor.core.publisher.Mono;

import co.monigo.metering.Metered;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.metering.CapturedLog;
import co.monigo.spring.boot.metering.MeteringFailures;
import co.monigo.spring.boot.metering.MeteringFailures.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With Spring Security, whom a request is billed to is its authenticated principal, whatever customer
 * header it sends; the header counts only when the application declares it trusted. Over HTTP, through
 * the security filter chains of Spring MVC and WebFlux.
 */
class WhomWeBillWithSpringSecurityOverHttpTests {

	private static final AutoConfigurations MONIGO = AutoConfigurations.of(AopAutoConfiguration.class,
			MonigoAutoConfiguration.class, MonigoMeteringAutoConfiguration.class, MonigoMeteredAutoConfiguration.class);

	private static final String AS_CUSTOMER_A = "Basic "
			+ Base64.getEncoder().encodeToString("cus_A:secret".getBytes(StandardCharsets.US_ASCII));

	private final WebApplicationContextRunner servletRunner = new WebApplicationContextRunner()
		.withConfiguration(MONIGO)
		.withPropertyValues("monigo.api-key=mk_test_security", "monigo.base-url=http://127.0.0.1:1")
		.withUserConfiguration(CapturingRecorderConfiguration.class, MvcConfiguration.class);

	private final ReactiveWebApplicationContextRunner reactiveRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(MONIGO)
		.withPropertyValues("monigo.api-key=mk_test_security", "monigo.base-url=http://127.0.0.1:1")
		.withUserConfiguration(CapturingRecorderConfiguration.class, WebFluxConfiguration.class);

	private static MockMvc mvc(ApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup((org.springframework.web.context.WebApplicationContext) context)
			.addFilters(context.getBean("springSecurityFilterChain", Filter.class))
			.build();
	}

	private static CapturingUsageRecorder recorded(ApplicationContext context) {
		return context.getBean(CapturingUsageRecorder.class);
	}

	/** MockMvc leaves the last request's attributes on the thread; the customer of a request is kept there. */
	@AfterEach
	void forgetTheLastRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aSpringMvcRequestAuthenticatedAsCustomerAIsBilledToAEvenWhenItSendsTheHeaderOfB() {
		this.servletRunner.run((context) -> {
			mvc(context).perform(get("/call").header("Authorization", AS_CUSTOMER_A).header("X-Customer-Id", "cus_B"))
				.andExpect(status().isOk());

			assertThat(recorded(context).events).singleElement()
				.satisfies((event) -> assertThat(event.customerId()).isEqualTo("cus_A"));
		});
	}

	@Test
	void aWebFluxRequestAuthenticatedAsCustomerAIsBilledToAEvenWhenItSendsTheHeaderOfB() {
		this.reactiveRunner.run((context) -> {
			WebTestClient.bindToApplicationContext(context)
				.build()
				.get()
				.uri("/call")
				.header("Authorization", AS_CUSTOMER_A)
				.header("X-Customer-Id", "cus_B")
				.exchange()
				.expectStatus()
				.isOk();

			assertThat(recorded(context).events).singleElement()
				.satisfies((event) -> assertThat(event.customerId()).isEqualTo("cus_A"));
		});
	}

	@Test
	void anAnonymousRequestIsNotBilledToTheCustomerItNamesInAnUntrustedHeader() {
		this.servletRunner.run((context) -> {
			try (CapturedLog log = CapturedLog.of(MeteringFailures.class)) {
				mvc(context).perform(get("/call").header("X-Customer-Id", "cus_B")).andExpect(status().isOk());

				assertThat(recorded(context).events).isEmpty();
				assertThat(context.getBean(MeteringFailures.class).count(Reason.NO_CUSTOMER)).isOne();
				assertThat(log.linesAtLeast(Level.WARN)).singleElement()
					.asString()
					.contains("(no_customer)", "looked in the authenticated principal (Spring Security)",
							"the X-Customer-Id header is not read", "monigo.metering.customer.header-trusted=true");
			}
		});
	}

	@Test
	void anAnonymousRequestIsBilledToTheCustomerInAHeaderDeclaredTrusted() {
		this.servletRunner.withPropertyValues("monigo.metering.customer.header-trusted=true").run((context) -> {
			mvc(context).perform(get("/call").header("X-Customer-Id", "cus_B")).andExpect(status().isOk());

			assertThat(recorded(context).events).singleElement()
				.satisfies((event) -> assertThat(event.customerId()).isEqualTo("cus_B"));
		});
	}

	@Test
	void evenWithATrustedHeaderTheAuthenticatedPrincipalComesFirst() {
		this.servletRunner.withPropertyValues("monigo.metering.customer.header-trusted=true").run((context) -> {
			mvc(context).perform(get("/call").header("Authorization", AS_CUSTOMER_A).header("X-Customer-Id", "cus_B"))
				.andExpect(status().isOk());

			assertThat(recorded(context).events).singleElement()
				.satisfies((event) -> assertThat(event.customerId()).isEqualTo("cus_A"));
		});
	}

	private static UserDetails customerA() {
		return User.withUsername("cus_A").password("{noop}secret").roles("USER").build();
	}

	@Configuration(proxyBeanMethods = false)
	static class CapturingRecorderConfiguration {

		@Bean
		CapturingUsageRecorder capturingUsageRecorder() {
			return new CapturingUsageRecorder();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	@EnableWebSecurity
	static class MvcConfiguration {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.httpBasic(Customizer.withDefaults())
				.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(customerA());
		}

		@Bean
		MvcCalls mvcCalls() {
			return new MvcCalls();
		}

	}

	@RestController
	public static class MvcCalls {

		@GetMapping("/call")
		@Metered("api_call")
		public String call() {
			return "done";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebFlux
	@EnableWebFluxSecurity
	static class WebFluxConfiguration {

		@Bean
		SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
				.httpBasic(Customizer.withDefaults())
				.build();
		}

		@Bean
		MapReactiveUserDetailsService users() {
			return new MapReactiveUserDetailsService(customerA());
		}

		@Bean
		FluxCalls fluxCalls() {
			return new FluxCalls();
		}

	}

	@RestController
	public static class FluxCalls {

		@GetMapping("/call")
		@Metered("api_call")
		public Mono<String> call() {
			return Mono.just("done");
		}

	}

}
