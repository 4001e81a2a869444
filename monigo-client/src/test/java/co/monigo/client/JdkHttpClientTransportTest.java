package co.monigo.client;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import co.monigo.client.error.MonigoTimeoutException;
import co.monigo.client.error.MonigoTransportException;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The client on the JDK's {@code HttpClient} instead of Reactor Netty, as the starter builds it in an
 * application without Netty: answers, timeouts and refused connections surface as they do on Netty.
 */
class JdkHttpClientTransportTest extends ContractTestSupport {

	private static MonigoClient onJdkHttpClient(String baseUrl, Duration connectorReadTimeout) {
		JdkClientHttpConnector connector = new JdkClientHttpConnector(HttpClient.newHttpClient());
		connector.setReadTimeout(connectorReadTimeout);
		return MonigoClient.builder()
			.apiKey(API_KEY)
			.baseUrl(baseUrl)
			.webClientBuilder(WebClient.builder().clientConnector(connector))
			.maxRetries(0)
			.build();
	}

	@Test
	void anAnswerIsReadAsOnNetty() {
		wireMock.stubFor(get("/v1/customers/cus_1").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"customer\": {\"id\": \"cus_1\", \"external_id\": \"user_1\"}}")));

		assertThat(onJdkHttpClient(wireMock.baseUrl(), Duration.ofSeconds(10)).customers().get("cus_1").block(WAIT))
			.satisfies((customer) -> assertThat(customer.id()).isEqualTo("cus_1"));
	}

	@Test
	void theJdkClientsOwnTimeoutSurfacesAsATimeout() {
		wireMock.stubFor(get("/v1/customers/cus_1").willReturn(aResponse().withFixedDelay(3_000)
			.withBody("{\"customer\": {\"id\": \"cus_1\"}}")));

		assertThatExceptionOfType(MonigoTimeoutException.class)
			.isThrownBy(() -> onJdkHttpClient(wireMock.baseUrl(), Duration.ofMillis(200)).customers()
				.get("cus_1")
				.block(WAIT))
			.withMessageContaining("GET /v1/customers/cus_1");
	}

	@Test
	void aRefusedConnectionSurfacesAsATransportFailure() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}

		assertThatExceptionOfType(MonigoTransportException.class)
			.isThrownBy(() -> onJdkHttpClient("http://127.0.0.1:" + closedPort, Duration.ofSeconds(10)).customers()
				.get("cus_1")
				.block(WAIT))
			.isNotInstanceOf(MonigoTimeoutException.class)
			.withMessageContaining("GET /v1/customers/cus_1");
	}

}
