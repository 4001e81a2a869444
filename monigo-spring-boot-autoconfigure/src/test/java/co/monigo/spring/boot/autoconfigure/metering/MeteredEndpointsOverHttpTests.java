package co.monigo.spring.boot.autoconfigure.metering;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.context.request.RequestContextHolder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import co.monigo.client.internal.MonigoJson;
import co.monigo.metering.Metered;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Annotated Spring MVC and WebFlux endpoints, called over HTTP, produce exactly the expected events at
 * the ingest endpoint, through the real pipeline.
 */
class MeteredEndpointsOverHttpTests {

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static final AutoConfigurations MONIGO = AutoConfigurations.of(AopAutoConfiguration.class,
			MonigoAutoConfiguration.class, MonigoMeteringAutoConfiguration.class, MonigoMeteredAutoConfiguration.class);

	/** Without Spring Security, where the header names the customer by default. */
	private static final FilteredClassLoader WITHOUT_SPRING_SECURITY = new FilteredClassLoader(
			"org.springframework.security");

	private final WebApplicationContextRunner servletRunner = new WebApplicationContextRunner()
		.withClassLoader(WITHOUT_SPRING_SECURITY)
		.withConfiguration(MONIGO)
		.withPropertyValues(properties());

	private final ReactiveWebApplicationContextRunner reactiveRunner = new ReactiveWebApplicationContextRunner()
		.withClassLoader(WITHOUT_SPRING_SECURITY)
		.withConfiguration(MONIGO)
		.withPropertyValues(properties());

	private static String[] properties() {
		return new String[] { "monigo.api-key=mk_test_http", "monigo.base-url=" + wireMock.baseUrl(),
				"monigo.metering.linger=20ms" };
	}

	@BeforeEach
	void acceptIngest() {
		wireMock.stubFor(post("/v1/ingest").willReturn(okJson("{\"ingested\": [], \"duplicates\": []}")));
	}

	private static List<JsonNode> ingestedEvents(UsageRecorder recorder) throws Exception {
		recorder.flush().get(10, TimeUnit.SECONDS);
		List<JsonNode> events = new ArrayList<>();
		wireMock.findAll(postRequestedFor(urlEqualTo("/v1/ingest")))
			.forEach((request) -> MonigoJson.parse(request.getBody()).get("events").forEach(events::add));
		return events;
	}

	/** MockMvc leaves the last request's attributes on the thread; the customer of a request is kept there. */
	@AfterEach
	void forgetTheLastRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aSpringMvcEndpointProducesOneEventForTheCustomerInTheHeader() {
		this.servletRunner.withUserConfiguration(MvcConfiguration.class).run((context) -> {
			MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

			mvc.perform(get("/complete").param("prompt", "three word prompt").header("X-Customer-Id", "cus_42"))
				.andExpect(status().isOk());

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class))).singleElement().satisfies((event) -> {
				assertThat(event.get("event_name").asString()).isEqualTo("tokens_used");
				assertThat(event.get("customer_id").asString()).isEqualTo("cus_42");
				assertThat(event.get("properties").get("tokens").asInt()).isEqualTo(3);
				assertThat(event.get("properties").get("model").asString()).isEqualTo("large");
				assertThat(event.get("idempotency_key").asString()).isNotBlank();
				assertThat(event.get("timestamp").asString()).isNotBlank();
			});
		});
	}

	@Test
	void aSpringMvcEndpointThatThrowsProducesNoEvent() {
		this.servletRunner.withUserConfiguration(MvcConfiguration.class).run((context) -> {
			MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

			try {
				mvc.perform(get("/fail").header("X-Customer-Id", "cus_42"));
			}
			catch (Exception expected) {
				assertThat(expected).hasRootCauseMessage("model overloaded");
			}

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class))).isEmpty();
		});
	}

	@Test
	void aWebFluxMonoEndpointProducesOneEventForTheCustomerInTheHeader() {
		this.reactiveRunner.withUserConfiguration(WebFluxConfiguration.class).run((context) -> {
			WebTestClient client = WebTestClient.bindToApplicationContext(context).build();

			client.get()
				.uri("/complete?prompt=two words")
				.header("X-Customer-Id", "cus_7")
				.exchange()
				.expectStatus()
				.isOk();

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class))).singleElement().satisfies((event) -> {
				assertThat(event.get("customer_id").asString()).isEqualTo("cus_7");
				assertThat(event.get("properties").get("tokens").asInt()).isEqualTo(2);
			});
		});
	}

	@Test
	void aWebFluxFluxEndpointProducesOneEventCountingItsElements() {
		this.reactiveRunner.withUserConfiguration(WebFluxConfiguration.class).run((context) -> {
			WebTestClient client = WebTestClient.bindToApplicationContext(context).build();

			client.get()
				.uri("/stream?chunks=5")
				.header("X-Customer-Id", "cus_7")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBodyList(Integer.class)
				.hasSize(5);

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class))).singleElement().satisfies((event) -> {
				assertThat(event.get("event_name").asString()).isEqualTo("chunks_streamed");
				assertThat(event.get("properties").get("chunks").asLong()).isEqualTo(5);
			});
		});
	}

	@Test
	void aWebFluxEndpointThatErrorsProducesNoEvent() {
		this.reactiveRunner.withUserConfiguration(WebFluxConfiguration.class).run((context) -> {
			WebTestClient client = WebTestClient.bindToApplicationContext(context).build();

			client.get().uri("/fail").header("X-Customer-Id", "cus_7").exchange().expectStatus().is5xxServerError();

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class))).isEmpty();
		});
	}

	@Test
	void aCallWithoutTheHeaderIsCountedAndSendsNothing() {
		this.reactiveRunner.withUserConfiguration(WebFluxConfiguration.class).run((context) -> {
			WebTestClient client = WebTestClient.bindToApplicationContext(context).build();

			client.get().uri("/complete?prompt=hi").exchange().expectStatus().isOk();

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class))).isEmpty();
			assertThat(context.getBean(co.monigo.spring.boot.metering.MeteringFailures.class)
				.count(co.monigo.spring.boot.metering.MeteringFailures.Reason.NO_CUSTOMER)).isEqualTo(1);
		});
	}

	public record Completion(int tokens) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class MvcConfiguration {

		@Bean
		MvcCompletions mvcCompletions() {
			return new MvcCompletions();
		}

	}

	@RestController
	public static class MvcCompletions {

		@GetMapping("/complete")
		@Metered(value = "tokens_used", quantity = "#result.tokens()", quantityProperty = "tokens",
				properties = @Metered.Property(name = "model", value = "'large'"))
		public Completion complete(@RequestParam String prompt) {
			return new Completion(prompt.split(" ").length);
		}

		@GetMapping("/fail")
		@Metered("tokens_used")
		public Completion fail() {
			throw new IllegalStateException("model overloaded");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebFlux
	static class WebFluxConfiguration {

		@Bean
		FluxCompletions fluxCompletions() {
			return new FluxCompletions();
		}

	}

	@RestController
	public static class FluxCompletions {

		@GetMapping("/complete")
		@Metered(value = "tokens_used", quantity = "#result.tokens()", quantityProperty = "tokens")
		public Mono<Completion> complete(@RequestParam String prompt) {
			return Mono.fromSupplier(() -> new Completion(prompt.split(" ").length))
				.delayElement(Duration.ofMillis(5));
		}

		@GetMapping("/stream")
		@Metered(value = "chunks_streamed", quantity = "#count", quantityProperty = "chunks")
		public Flux<Integer> stream(@RequestParam int chunks) {
			return Flux.range(1, chunks);
		}

		@GetMapping("/fail")
		@Metered("tokens_used")
		public Mono<Completion> fail() {
			return Mono.error(new IllegalStateException("model overloaded"));
		}

	}

}
