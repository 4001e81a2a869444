package co.monigo.spring.boot.autoconfigure.metering.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import co.monigo.client.internal.MonigoJson;
import co.monigo.metering.Metered;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteredAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteringAutoConfiguration;
import co.monigo.spring.boot.metering.http.MeteringServletFilter;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spring MVC and WebFlux applications with route rules and no annotation (but one), called over HTTP,
 * produce exactly the expected events at the ingest endpoint, through the real pipeline.
 */
class RouteRulesOverHttpTests {

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static final AutoConfigurations MONIGO = AutoConfigurations.of(AopAutoConfiguration.class,
			MonigoAutoConfiguration.class, MonigoMeteringAutoConfiguration.class, MonigoMeteredAutoConfiguration.class,
			MonigoHttpMeteringAutoConfiguration.class);

	private static final String[] RULES = { "monigo.metering.http.rules[0].path=/v1/**",
			"monigo.metering.http.rules[0].methods=GET", "monigo.metering.http.rules[0].event=api_call",
			"monigo.metering.http.rules[1].path=/v1/downloads/**", "monigo.metering.http.rules[1].event=bytes_served",
			"monigo.metering.http.rules[1].quantity=response-body-size",
			"monigo.metering.http.rules[1].quantity-property=bytes" };

	private final WebApplicationContextRunner servletRunner = new WebApplicationContextRunner().withConfiguration(MONIGO)
		.withUserConfiguration(MvcConfiguration.class)
		.withPropertyValues(properties())
		.withPropertyValues(RULES);

	private final ReactiveWebApplicationContextRunner reactiveRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(MONIGO)
		.withUserConfiguration(WebFluxConfiguration.class)
		.withPropertyValues(properties())
		.withPropertyValues(RULES);

	private static String[] properties() {
		// Spring Security is on this module's test class path: the header these tests send is trusted, as a
		// gateway's would be.
		return new String[] { "monigo.api-key=mk_test_http_rules", "monigo.base-url=" + wireMock.baseUrl(),
				"monigo.metering.linger=20ms", "monigo.metering.customer.header-trusted=true" };
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

	private static MockMvc mockMvc(WebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context)
			.addFilters(context.getBean(MeteringServletFilter.class))
			.build();
	}

	@Test
	void aSpringMvcRequestARuleMatchesRecordsOneEventWithItsRouteTemplate() {
		this.servletRunner.run((context) -> {
			mockMvc(context).perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/v1/orders/42")
				.header("X-Customer-Id", "cus_42")).andExpect(status().isOk());

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class))).singleElement().satisfies((event) -> {
				assertThat(event.get("event_name").asString()).isEqualTo("api_call");
				assertThat(event.get("customer_id").asString()).isEqualTo("cus_42");
				assertThat(event.get("properties").get("quantity").asInt()).isEqualTo(1);
				assertThat(event.get("properties").get("route").asString()).isEqualTo("/v1/orders/{id}");
				assertThat(event.get("properties").get("method").asString()).isEqualTo("GET");
				assertThat(event.get("properties").get("status").asInt()).isEqualTo(200);
			});
		});
	}

	@Test
	void aSpringMvcRequestNoRuleMatchesRecordsNothing() {
		this.servletRunner.run((context) -> {
			mockMvc(context).perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/v1/orders")
				.header("X-Customer-Id", "cus_42")).andExpect(status().isOk());

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class))).isEmpty();
		});
	}

	@Test
	void aSpringMvcStreamedDownloadRecordsItsFinalByteCountOnceTheAsyncRequestCompletes() {
		this.servletRunner.run((context) -> {
			MockMvc mvc = mockMvc(context);
			var started = mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v1/downloads/report")
					.header("X-Customer-Id", "cus_42"))
				.andExpect(request().asyncStarted())
				.andReturn();
			mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
			started.getRequest().getAsyncContext().complete();

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class)))
				.filteredOn((event) -> event.get("event_name").asString().equals("bytes_served"))
				.singleElement()
				.satisfies((event) -> assertThat(event.get("properties").get("bytes").asLong()).isEqualTo(3000));
		});
	}

	@Test
	void aRequestToAMeteredHandlerIsBilledByTheAnnotationOnlyUnlessTheRuleAlsoWantsIt() {
		this.servletRunner.run((context) -> {
			mockMvc(context).perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/v1/completions")
				.header("X-Customer-Id", "cus_42")).andExpect(status().isOk());

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class)))
				.extracting((event) -> event.get("event_name").asString())
				.containsExactly("completion");
		});
		wireMock.resetRequests();
		this.servletRunner.withPropertyValues("monigo.metering.http.rules[0].also-when-metered=true").run((context) -> {
			mockMvc(context).perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/v1/completions")
				.header("X-Customer-Id", "cus_42")).andExpect(status().isOk());

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class)))
				.extracting((event) -> event.get("event_name").asString())
				.containsExactlyInAnyOrder("completion", "api_call");
		});
	}

	@Test
	void anExternalCustomerIdIsMappedToMonigosIdAsForMetered() {
		// Monigo finds a customer by its external id on GET /v1/customers/{id}.
		wireMock.stubFor(get("/v1/customers/user_1").willReturn(okJson("{\"customer\": {\"id\": \"cus_1\", "
				+ "\"external_id\": \"user_1\", \"name\": \"User 1\"}}")));
		this.servletRunner.withPropertyValues("monigo.metering.customer.id-type=external-id").run((context) -> {
			mockMvc(context).perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/v1/orders/7")
				.header("X-Customer-Id", "user_1")).andExpect(status().isOk());

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class))).singleElement()
				.satisfies((event) -> assertThat(event.get("customer_id").asString()).isEqualTo("cus_1"));
		});
	}

	@Test
	void aWebFluxStreamedDownloadRecordsOneEventPerRuleWithItsFinalByteCount() {
		this.reactiveRunner.run((context) -> {
			WebTestClient.bindToApplicationContext(context)
				.build()
				.get()
				.uri("/v1/downloads/report")
				.header("X-Customer-Id", "cus_7")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.value((body) -> assertThat(body).hasSize(3000));

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class)))
				.filteredOn((event) -> event.get("event_name").asString().equals("bytes_served"))
				.singleElement()
				.satisfies((event) -> {
					assertThat(event.get("customer_id").asString()).isEqualTo("cus_7");
					assertThat(event.get("properties").get("bytes").asLong()).isEqualTo(3000);
					assertThat(event.get("properties").get("route").asString()).isEqualTo("/v1/downloads/{name}");
				});
		});
	}

	@Test
	void aWebFluxRequestNoRuleMatchesRecordsNothing() {
		this.reactiveRunner.run((context) -> {
			WebTestClient.bindToApplicationContext(context)
				.build()
				.post()
				.uri("/v1/orders")
				.header("X-Customer-Id", "cus_7")
				.exchange()
				.expectStatus()
				.isOk();

			assertThat(ingestedEvents(context.getBean(UsageRecorder.class))).isEmpty();
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class MvcConfiguration {

		@Bean
		MvcOrders mvcOrders() {
			return new MvcOrders();
		}

	}

	@RestController
	static class MvcOrders {

		@GetMapping("/v1/orders/{id}")
		String order(@PathVariable String id) {
			return "order " + id;
		}

		@PostMapping("/v1/orders")
		String create() {
			return "created";
		}

		@GetMapping("/v1/downloads/{name}")
		ResponseEntity<StreamingResponseBody> download(@PathVariable String name) {
			return ResponseEntity.ok((out) -> {
				for (int chunk = 0; chunk < 3; chunk++) {
					out.write(new byte[1000]);
					out.flush();
				}
			});
		}

		@GetMapping("/v1/completions")
		@Metered("completion")
		public String completion() {
			return "done";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebFlux
	static class WebFluxConfiguration {

		@Bean
		FluxOrders fluxOrders() {
			return new FluxOrders();
		}

	}

	@RestController
	static class FluxOrders {

		@PostMapping("/v1/orders")
		String create() {
			return "created";
		}

		@GetMapping("/v1/downloads/{name}")
		Flux<String> download(@PathVariable String name) {
			return Flux.range(0, 3).map((chunk) -> "x".repeat(1000));
		}

	}

}
