package co.monigo.spring.boot.autoconfigure.metering;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.context.request.RequestContextHolder;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import co.monigo.metering.Metered;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.metering.CustomerResolver;
import co.monigo.spring.boot.metering.HeaderCustomerResolver;
import co.monigo.spring.boot.metering.MeteredCall;
import co.monigo.spring.boot.metering.MeteringFailures;
import co.monigo.spring.boot.metering.MeteringFailures.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without Spring Security the customer header names the customer: once per request, for every event of
 * the request; a blank value is no customer, and a value that can't be one id is refused and counted.
 * Each request makes two events: the controller's {@code api_call} and its service's {@code tokens_used}.
 */
class CustomerHeaderOverHttpTests {

	private static final AutoConfigurations MONIGO = AutoConfigurations.of(AopAutoConfiguration.class,
			MonigoAutoConfiguration.class, MonigoMeteringAutoConfiguration.class, MonigoMeteredAutoConfiguration.class);

	private final WebApplicationContextRunner servletRunner = new WebApplicationContextRunner()
		.withClassLoader(new FilteredClassLoader("org.springframework.security"))
		.withConfiguration(MONIGO)
		.withPropertyValues("monigo.api-key=mk_test_header", "monigo.base-url=http://127.0.0.1:1")
		.withUserConfiguration(CapturingRecorderConfiguration.class, MvcConfiguration.class);

	private final ReactiveWebApplicationContextRunner reactiveRunner = new ReactiveWebApplicationContextRunner()
		.withClassLoader(new FilteredClassLoader("org.springframework.security"))
		.withConfiguration(MONIGO)
		.withPropertyValues("monigo.api-key=mk_test_header", "monigo.base-url=http://127.0.0.1:1")
		.withUserConfiguration(CapturingRecorderConfiguration.class, WebFluxConfiguration.class);

	private static MockMvc mvc(ApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
	}

	private static CapturingUsageRecorder recorded(ApplicationContext context) {
		return context.getBean(CapturingUsageRecorder.class);
	}

	private static long failures(ApplicationContext context, Reason reason) {
		return context.getBean(MeteringFailures.class).count(reason);
	}

	/** MockMvc leaves the last request's attributes on the thread; the customer of a request is kept there. */
	@AfterEach
	void forgetTheLastRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aSpringMvcRequestIsResolvedOnceAndEachOfItsEventsBillsThatCustomer() {
		this.servletRunner.withUserConfiguration(CountingResolverConfiguration.class).run((context) -> {
			mvc(context).perform(get("/call").header("X-Customer-Id", "cus_1")).andExpect(status().isOk());

			assertThat(recorded(context).events).hasSize(2)
				.allSatisfy((event) -> assertThat(event.customerId()).isEqualTo("cus_1"));
			assertThat(context.getBean(CountingResolver.class).asked).hasValue(1);
		});
	}

	@Test
	void aWebFluxRequestIsResolvedOnceAndEachOfItsEventsBillsThatCustomer() {
		this.reactiveRunner.withUserConfiguration(CountingResolverConfiguration.class).run((context) -> {
			client(context).get().uri("/call").header("X-Customer-Id", "cus_1").exchange().expectStatus().isOk();

			assertThat(recorded(context).events).hasSize(2)
				.allSatisfy((event) -> assertThat(event.customerId()).isEqualTo("cus_1"));
			assertThat(context.getBean(CountingResolver.class).asked).hasValue(1);
		});
	}

	@Test
	void aRepeatedHeaderIsRefusedAndCountedInsteadOfBillingTheFirstAndThenTheList() {
		this.servletRunner.run((context) -> {
			mvc(context).perform(get("/call").header("X-Customer-Id", "c1").header("X-Customer-Id", "c2"))
				.andExpect(status().isOk());

			assertThat(recorded(context).events).isEmpty();
			assertThat(failures(context, Reason.INVALID_CUSTOMER)).isEqualTo(2);
		});
	}

	@Test
	void aListOfIdsIsRefusedAndCountedInWebFlux() {
		this.reactiveRunner.run((context) -> {
			client(context).get().uri("/call").header("X-Customer-Id", "c1,c2").exchange().expectStatus().isOk();

			assertThat(recorded(context).events).isEmpty();
			assertThat(failures(context, Reason.INVALID_CUSTOMER)).isEqualTo(2);
		});
	}

	@Test
	void nonAsciiTextThatArrivesAsMojibakeIsRefusedAndCounted() {
		String utf8ReadAsLatin1 = new String("José".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
		this.servletRunner.run((context) -> {
			mvc(context).perform(get("/call").header("X-Customer-Id", utf8ReadAsLatin1)).andExpect(status().isOk());

			assertThat(recorded(context).events).isEmpty();
			assertThat(failures(context, Reason.INVALID_CUSTOMER)).isEqualTo(2);
		});
	}

	@Test
	void aBlankHeaderIsNoCustomerForEveryEventOfTheRequest() {
		this.servletRunner.run((context) -> {
			for (String blank : new String[] { "", "  ", "\t" }) {
				mvc(context).perform(get("/call").header("X-Customer-Id", blank)).andExpect(status().isOk());
			}

			assertThat(recorded(context).events).isEmpty();
			assertThat(failures(context, Reason.NO_CUSTOMER)).isEqualTo(6);
		});
	}

	@Test
	void aBlankHeaderIsNoCustomerInWebFlux() {
		this.reactiveRunner.run((context) -> {
			client(context).get().uri("/call").header("X-Customer-Id", " \t ").exchange().expectStatus().isOk();

			assertThat(recorded(context).events).isEmpty();
			assertThat(failures(context, Reason.NO_CUSTOMER)).isEqualTo(2);
		});
	}

	private static WebTestClient client(ApplicationContext context) {
		return WebTestClient.bindToApplicationContext(context).build();
	}

	@Configuration(proxyBeanMethods = false)
	static class CapturingRecorderConfiguration {

		@Bean
		CapturingUsageRecorder capturingUsageRecorder() {
			return new CapturingUsageRecorder();
		}

		@Bean
		Tokens tokens() {
			return new Tokens();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CountingResolverConfiguration {

		@Bean
		CountingResolver countingResolver() {
			return new CountingResolver();
		}

	}

	/** The header resolver, counting how often it is asked. */
	public static class CountingResolver implements CustomerResolver {

		final AtomicInteger asked = new AtomicInteger();

		private final HeaderCustomerResolver header = new HeaderCustomerResolver("X-Customer-Id");

		@Override
		public String resolve(MeteredCall call) {
			this.asked.incrementAndGet();
			return this.header.resolve(call);
		}

		@Override
		public Mono<String> resolve(MeteredCall call, ContextView context) {
			return Mono.defer(() -> {
				this.asked.incrementAndGet();
				return this.header.resolve(call, context);
			});
		}

	}

	/** A service metered on its own, called by the controller within the same request. */
	public static class Tokens {

		@Metered(value = "tokens_used", quantity = "#result", quantityProperty = "tokens")
		public int count(String text) {
			return text.length();
		}

		@Metered(value = "tokens_used", quantity = "#result", quantityProperty = "tokens")
		public Mono<Integer> countLater(String text) {
			return Mono.just(text.length());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class MvcConfiguration {

		@Bean
		MvcCalls mvcCalls(Tokens tokens) {
			return new MvcCalls(tokens);
		}

	}

	@RestController
	public static class MvcCalls {

		private final Tokens tokens;

		public MvcCalls(Tokens tokens) {
			this.tokens = tokens;
		}

		@GetMapping("/call")
		@Metered("api_call")
		public String call() {
			return "tokens: " + this.tokens.count("four");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebFlux
	static class WebFluxConfiguration {

		@Bean
		FluxCalls fluxCalls(Tokens tokens) {
			return new FluxCalls(tokens);
		}

	}

	@RestController
	public static class FluxCalls {

		private final Tokens tokens;

		public FluxCalls(Tokens tokens) {
			this.tokens = tokens;
		}

		@GetMapping("/call")
		@Metered("api_call")
		public Mono<String> call() {
			return this.tokens.countLater("four").map((count) -> "tokens: " + count);
		}

	}

}
