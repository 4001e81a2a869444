package co.monigo.spring.boot.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import co.monigo.client.MonigoClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MonigoWebClientSourceTests {

	/** Boot's bean of the connector for its own WebClients, made when its WebClient.Builder is first asked for. */
	private static final String BOOTS_CONNECTOR = "clientHttpConnector";

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class))
		.withPropertyValues("monigo.api-key=mk_test_web_client_source", "monigo.base-url=" + wireMock.baseUrl(),
				"monigo.retry.max-retries=0");

	/** An application without Spring Boot's WebClient and HTTP client modules. */
	private final ApplicationContextRunner withoutBootsWebClientModule = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader("org.springframework.boot.webclient", "org.springframework.boot.http.client"))
		.withPropertyValues("monigo.api-key=mk_test_web_client_source", "monigo.base-url=" + wireMock.baseUrl(),
				"monigo.retry.max-retries=0");

	private static MonigoWebClientSource source(AssertableApplicationContext context) {
		return context.getBean(MonigoWebClientSource.class);
	}

	private static void publishReady(AssertableApplicationContext context) {
		ConfigurableApplicationContext application = context.getSourceApplicationContext();
		application.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], application,
				Duration.ZERO));
	}

	@Test
	void startingTheApplicationMakesNoHttpClient() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(MonigoClient.class);
			assertThat(context.getBeanFactory().containsSingleton(BOOTS_CONNECTOR)).isFalse();
			assertThat(source(context).connector()).isNull();
		});
	}

	@Test
	void onceTheApplicationIsReadyTheHttpClientIsMadeOnABackgroundThread() {
		AtomicReference<String> madeOn = new AtomicReference<>();
		this.contextRunner.withBean(ClientHttpConnectorBuilder.class, () -> ClientHttpConnectorBuilder.jdk()
			.withHttpClientCustomizer((builder) -> madeOn.set(Thread.currentThread().getName())))
			.run((context) -> {
				publishReady(context);

				await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(source(context).connector())
					.isInstanceOf(JdkClientHttpConnector.class));
				assertThat(madeOn).hasValue("monigo-client-setup");
			});
	}

	@Test
	void aFirstRequestBeforeTheApplicationIsReadyMakesTheHttpClientThen() {
		wireMock.stubFor(get("/v1/customers").willReturn(okJson("{\"customers\": [], \"count\": 0}")));
		this.contextRunner.run((context) -> {
			context.getBean(MonigoClient.class).customers().list().collectList().block(Duration.ofSeconds(10));

			assertThat(source(context).connector()).isNotNull();
			wireMock.verify(getRequestedFor(urlEqualTo("/v1/customers")));
		});
	}

	@Test
	void aFirstUseWhileTheContextIsClosingCreatesNoBean() {
		this.contextRunner.run((context) -> {
			context.getSourceApplicationContext().publishEvent(new ContextClosedEvent(context.getSourceApplicationContext()));

			assertThat(source(context).get()).isNotNull();
			assertThat(source(context).connector()).isNotNull();
			assertThat(context.getBeanFactory().containsSingleton(BOOTS_CONNECTOR)).isFalse();
		});
	}

	@Test
	void anApplicationWithoutReactorNettyConnectsThroughTheJdkHttpClient() {
		wireMock.stubFor(get("/v1/customers").willReturn(okJson("{\"customers\": [], \"count\": 0}")));
		this.contextRunner.withClassLoader(new FilteredClassLoader("reactor.netty")).run((context) -> {
			context.getBean(MonigoClient.class).customers().list().collectList().block(Duration.ofSeconds(10));

			assertThat(source(context).connector()).isInstanceOf(JdkClientHttpConnector.class);
			wireMock.verify(getRequestedFor(urlEqualTo("/v1/customers")));
		});
	}

	@Test
	void anApplicationWithReactorNettyKeepsIt() {
		this.contextRunner.run((context) -> assertThat(source(context).get()).isNotNull()
			.satisfies((builder) -> assertThat(source(context).connector()).isInstanceOf(ReactorClientHttpConnector.class)));
	}

	@Test
	void anApplicationWithoutBootsWebClientModuleConnectsThroughTheJdkHttpClient() {
		wireMock.stubFor(get("/v1/customers").willReturn(okJson("{\"customers\": [], \"count\": 0}")));
		this.withoutBootsWebClientModule.run((context) -> {
				assertThat(context).doesNotHaveBean(BootMonigoHttpClients.class);
				assertThat(source(context).connector()).isNull();

				context.getBean(MonigoClient.class).customers().list().collectList().block(Duration.ofSeconds(10));

				assertThat(source(context).connector()).isInstanceOf(JdkClientHttpConnector.class);
				wireMock.verify(getRequestedFor(urlEqualTo("/v1/customers")));
			});
	}

	@Test
	void anApplicationWithBootsWebClientModuleBuildsFromBootsBuilder() {
		AtomicReference<String> customized = new AtomicReference<>();
		this.contextRunner
			.withBean(WebClientCustomizer.class, () -> (builder) -> customized.set(Thread.currentThread().getName()))
			.run((context) -> {
				assertThat(context).hasSingleBean(BootMonigoHttpClients.class);
				assertThat(source(context).get()).isNotNull();
				assertThat(customized.get()).isNotNull();
			});
	}

	@Test
	void withoutBootsWebClientModuleMonigoCallsAreStillObservedThroughTheApplicationsRegistry() {
		wireMock.stubFor(get("/v1/customers").willReturn(okJson("{\"customers\": [], \"count\": 0}")));
		List<String> observed = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStart(Observation.Context context) {
				observed.add(context.getName());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		});
		this.withoutBootsWebClientModule.withBean(ObservationRegistry.class, () -> registry)
			.run((context) -> {
				context.getBean(MonigoClient.class).customers().list().collectList().block(Duration.ofSeconds(10));

				assertThat(observed).contains("http.client.requests");
			});
	}

}
