package co.monigo.benchmarks.startup.app;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.JdkClientHttpConnectorBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.util.ClassUtils;

import co.monigo.client.MonigoClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Spring MVC application with the starter, on the starter's own dependencies: it brings no Reactor
 * Netty, so Monigo's client connects through the JDK's {@code HttpClient}, made once the application is
 * ready (Spring Boot's connector bean, which Monigo's client starts from).
 */
@SpringBootTest
class StarterHttpClientTests {

	@Autowired
	private ConfigurableApplicationContext context;

	@Test
	void theStarterBringsNoReactorNettyToASpringMvcApplication() {
		assertThat(ClassUtils.isPresent("reactor.netty.http.client.HttpClient", getClass().getClassLoader())).isFalse();
	}

	@Test
	void monigosConnectorIsBuiltOnTheJdkHttpClient() {
		assertThat(this.context.getBean(MonigoClient.class)).isNotNull();
		assertThat(this.context.getBean(ClientHttpConnectorBuilder.class)).isInstanceOf(JdkClientHttpConnectorBuilder.class);
	}

	@Test
	void onceTheApplicationIsReadyMonigosHttpClientIsMadeOnTheJdkHttpClient() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.context.getBeanFactory().containsSingleton("clientHttpConnector")).isTrue());
		assertThat(this.context.getBean(ClientHttpConnector.class)).isInstanceOf(JdkClientHttpConnector.class);
	}

}
