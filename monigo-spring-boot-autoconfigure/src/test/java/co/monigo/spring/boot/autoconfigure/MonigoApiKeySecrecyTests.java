package co.monigo.spring.boot.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import co.monigo.client.MonigoClient;
import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.CreateCustomerRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@ExtendWith(OutputCaptureExtension.class)
class MonigoApiKeySecrecyTests {

	private static final String SECRET_KEY = "mk_live_do_not_print_0123456789";

	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@Test
	void theKeyAppearsInNoLogLineExceptionOrToStringAcrossAFailingCall(CapturedOutput output) {
		wireMock.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": \"key " + SECRET_KEY + " is revoked\"}")));
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off",
				"--monigo.api-key=" + SECRET_KEY, "--monigo.base-url=" + wireMock.baseUrl(),
				"--monigo.retry.max-retries=1", "--monigo.retry.initial-backoff=10ms",
				"--logging.level.co.monigo=trace", "--logging.level.org.springframework.web=trace",
				"--logging.level.org.springframework.http=trace", "--logging.level.reactor.netty=debug",
				"--logging.level.org.springframework.boot.context.properties=trace")) {
			MonigoClient client = context.getBean(MonigoClient.class);

			Throwable failure = catchThrowable(() -> client.customers()
				.create(CreateCustomerRequest.of("u1", "Ada"))
				.block(Duration.ofSeconds(10)));

			assertThat(failure).isInstanceOf(MonigoApiException.class);
			assertThat(((MonigoApiException) failure).isUnauthorized()).isTrue();
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				assertThat(cause.getMessage()).doesNotContain(SECRET_KEY);
				assertThat(cause.toString()).doesNotContain(SECRET_KEY);
			}
			assertThat(client.toString()).doesNotContain(SECRET_KEY);
			assertThat(context.getBean(MonigoConnectionDetails.class).toString()).doesNotContain(SECRET_KEY);
		}
		assertThat(output).contains("Monigo client for " + wireMock.baseUrl() + " with a LIVE key")
			.contains("POST /v1/customers")
			.doesNotContain(SECRET_KEY);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

}
