package co.monigo.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import co.monigo.client.core.ApiKey;
import co.monigo.client.core.RetrySettings;
import co.monigo.client.error.MonigoApiException;
import co.monigo.client.error.MonigoTransportException;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ApiKeySecrecyTest extends ContractTestSupport {

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private Level previousLevel;

	@BeforeEach
	void captureEveryLogLineAtDebug() {
		Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.previousLevel = root.getLevel();
		root.setLevel(Level.DEBUG);
		this.logs.start();
		root.addAppender(this.logs);
	}

	@AfterEach
	void stopCapturing() {
		Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.detachAppender(this.logs);
		root.setLevel(this.previousLevel);
	}

	@Test
	void theKeyAppearsInNoLogLineExceptionOrToStringAcrossFailingCalls() {
		wireMock.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(401)
			.withBody("{\"error\": \"invalid key " + API_KEY + "\", \"details\": {\"authorization\": \"Bearer "
					+ API_KEY + "\"}}")));
		MonigoClient client = MonigoClient.builder()
			.apiKey(API_KEY)
			.baseUrl(wireMock.baseUrl())
			.retry(RetrySettings.DEFAULT.withBackoff(Duration.ofMillis(10), Duration.ofMillis(20)))
			.build();
		MonigoClient unreachable = MonigoClient.builder().apiKey(API_KEY).baseUrl("http://127.0.0.1:1").build();

		Throwable unauthorized = catchThrowable(
				() -> client.customers().create(CreateCustomerRequest.of("u1", "Ada")).block(WAIT));
		Throwable transport = catchThrowable(() -> unreachable.customers().get("cus_1").block(WAIT));

		assertThat(unauthorized).isInstanceOf(MonigoApiException.class);
		assertThat(transport).isInstanceOf(MonigoTransportException.class);
		List<String> texts = new ArrayList<>();
		for (Throwable failure : List.of(unauthorized, transport)) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				texts.add(String.valueOf(cause.getMessage()));
				texts.add(cause.toString());
			}
		}
		texts.add(client.toString());
		texts.add(ApiKey.of(API_KEY).toString());
		this.logs.list.forEach((event) -> texts.add(event.getFormattedMessage()));
		assertThat(this.logs.list).isNotEmpty();
		assertThat(texts).allSatisfy((text) -> assertThat(text).doesNotContain(API_KEY));
		assertThat(((MonigoApiException) unauthorized).details().get("authorization")).isEqualTo("Bearer [redacted]");
	}

}
