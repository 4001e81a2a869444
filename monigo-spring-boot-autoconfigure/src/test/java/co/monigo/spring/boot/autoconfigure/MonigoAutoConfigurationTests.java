package co.monigo.spring.boot.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.monigo.client.MonigoClient;
import co.monigo.client.core.KeyMode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class MonigoAutoConfigurationTests {

	private static final String TEST_KEY = "mk_test_autoconfig_0001";

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class));

	private static FailureAnalysis analysisOf(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new MonigoConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
		assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
		return analysis;
	}

	@Test
	void whenApiKeyIsSetThenAClientBeanIsCreated() {
		this.contextRunner.withPropertyValues("monigo.api-key=" + TEST_KEY).run((context) -> {
			assertThat(context).hasSingleBean(MonigoClient.class).hasSingleBean(MonigoConnectionDetails.class);
			assertThat(context.getBean(MonigoClient.class).baseUrl()).isEqualTo("https://api.monigo.co");
		});
	}

	@Test
	void whenATestKeyIsSetThenTheClientKnowsItIsInTestMode() {
		this.contextRunner.withPropertyValues("monigo.api-key=" + TEST_KEY)
			.run((context) -> assertThat(context.getBean(MonigoClient.class).keyMode()).isEqualTo(KeyMode.TEST));
	}

	@Test
	void whenALiveKeyIsSetThenTheClientKnowsItIsInLiveMode() {
		this.contextRunner.withPropertyValues("monigo.api-key=mk_live_autoconfig_0001")
			.run((context) -> assertThat(context.getBean(MonigoClient.class).keyMode()).isEqualTo(KeyMode.LIVE));
	}

	@Test
	void whenTheUserDefinesAClientThenTheAutoConfigurationBacksOff() {
		this.contextRunner.withUserConfiguration(UserClientConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(MonigoClient.class);
			assertThat(context.getBean(MonigoClient.class)).isSameAs(context.getBean("userMonigoClient"));
		});
	}

	@Test
	void whenMonigoIsDisabledThenNoClientIsCreatedAndNoKeyIsNeeded() {
		this.contextRunner.withPropertyValues("monigo.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MonigoClient.class));
	}

	@Test
	void whenApiKeyIsMissingThenStartupFailsWithAClearMessage() {
		this.contextRunner.run((context) -> {
			FailureAnalysis analysis = analysisOf(context);
			assertThat(analysis.getDescription()).contains("monigo.api-key", "is not set");
			assertThat(analysis.getAction()).contains("monigo.api-key", "MONIGO_API_KEY", "monigo.enabled=false");
		});
	}

	@Test
	void whenApiKeyIsBlankThenStartupFailsWithTheSameMessage() {
		this.contextRunner.withPropertyValues("monigo.api-key=  ")
			.run((context) -> assertThat(analysisOf(context).getAction()).contains("MONIGO_API_KEY"));
	}

	@Test
	void whenTheTimeoutIsNegativeThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("monigo.api-key=" + TEST_KEY, "monigo.timeout=-5s")
			.run((context) -> assertThat(analysisOf(context).getDescription()).contains("monigo.timeout", "was -5s"));
	}

	@Test
	void whenTheConnectTimeoutIsZeroThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("monigo.api-key=" + TEST_KEY, "monigo.connect-timeout=0s")
			.run((context) -> assertThat(analysisOf(context).getDescription()).contains("monigo.connect-timeout"));
	}

	@Test
	void whenTheBaseUrlIsMalformedThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("monigo.api-key=" + TEST_KEY, "monigo.base-url=api.monigo.co/v1")
			.run((context) -> {
				FailureAnalysis analysis = analysisOf(context);
				assertThat(analysis.getDescription()).contains("monigo.base-url", "api.monigo.co/v1");
				assertThat(analysis.getAction()).contains("https://api.monigo.co");
			});
	}

	@Test
	void whenMaxRetriesIsNegativeThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("monigo.api-key=" + TEST_KEY, "monigo.retry.max-retries=-1")
			.run((context) -> assertThat(analysisOf(context).getDescription()).contains("monigo.retry.max-retries"));
	}

	@Test
	void whenTheMaxBackoffIsShorterThanTheInitialBackoffThenStartupFailsNamingBoth() {
		this.contextRunner
			.withPropertyValues("monigo.api-key=" + TEST_KEY, "monigo.retry.initial-backoff=2s",
					"monigo.retry.max-backoff=1s")
			.run((context) -> assertThat(analysisOf(context).getDescription())
				.contains("monigo.retry.max-backoff", "monigo.retry.initial-backoff"));
	}

	@Test
	void whenTheJitterIsOutOfRangeThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("monigo.api-key=" + TEST_KEY, "monigo.retry.jitter=1.5")
			.run((context) -> assertThat(analysisOf(context).getDescription()).contains("monigo.retry.jitter"));
	}

	@Test
	void whenTheKeyHoldsWhiteSpaceThenStartupFailsWithoutShowingTheKey() {
		this.contextRunner.withPropertyValues("monigo.api-key=mk_test_has space")
			.run((context) -> assertThat(analysisOf(context).getDescription()).contains("monigo.api-key")
				.doesNotContain("has space"));
	}

	@Test
	void whenConnectionDetailsAreDefinedThenTheyWinOverTheProperties() {
		this.contextRunner.withPropertyValues("monigo.api-key=" + TEST_KEY)
			.withBean(MonigoConnectionDetails.class, () -> new MonigoConnectionDetails() {
				@Override
				public String baseUrl() {
					return wireMock.baseUrl();
				}

				@Override
				public String apiKey() {
					return "mk_live_from_connection_details";
				}
			})
			.run((context) -> {
				MonigoClient client = context.getBean(MonigoClient.class);
				assertThat(client.baseUrl()).isEqualTo(wireMock.baseUrl());
				assertThat(client.keyMode()).isEqualTo(KeyMode.LIVE);
			});
	}

	@Test
	void whenACustomizerIsDefinedThenItIsAppliedAfterTheProperties() {
		this.contextRunner.withPropertyValues("monigo.api-key=" + TEST_KEY, "monigo.base-url=http://ignored.example")
			.withBean(MonigoClientCustomizer.class,
					() -> (builder) -> builder.baseUrl(wireMock.baseUrl()).timeout(Duration.ofSeconds(5)))
			.run((context) -> assertThat(context.getBean(MonigoClient.class).baseUrl()).isEqualTo(wireMock.baseUrl()));
	}

	@Test
	void theClientIsBuiltFromBootsWebClientBuilderSoTheApplicationsCustomizersApply() {
		wireMock.stubFor(get("/v1/customers").willReturn(okJson("{\"customers\": [], \"count\": 0}")));
		this.contextRunner
			.withPropertyValues("monigo.api-key=" + TEST_KEY, "monigo.base-url=" + wireMock.baseUrl(),
					"monigo.retry.max-retries=0")
			.withBean(WebClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("X-Application-Customizer", "applied"))
			.run((context) -> {
				context.getBean(MonigoClient.class).customers().list().collectList().block(Duration.ofSeconds(10));
				wireMock.verify(getRequestedFor(urlEqualTo("/v1/customers"))
					.withHeader("X-Application-Customizer", equalTo("applied"))
					.withHeader("Authorization", equalTo("Bearer " + TEST_KEY)));
			});
	}

	@Test
	void withoutBootsWebClientAutoConfigurationTheClientBuildsItsOwnConnector() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MonigoAutoConfiguration.class))
			.withPropertyValues("monigo.api-key=" + TEST_KEY)
			.run((context) -> assertThat(context).hasSingleBean(MonigoClient.class));
	}

	@Test
	void whenTheClientIsNotOnTheClasspathThenTheAutoConfigurationBacksOff() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(MonigoClient.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("monigoClient"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		@Bean
		MonigoClient userMonigoClient() {
			return MonigoClient.builder().apiKey("mk_test_user_defined").build();
		}

	}

}
