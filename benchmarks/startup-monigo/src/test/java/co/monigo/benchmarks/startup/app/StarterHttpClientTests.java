package co.monigo.benchmarks.startup.app;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

import co.monigo.client.MonigoClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Spring MVC application with the starter, on the starter's own dependencies: it brings no Reactor
 * Netty, no Spring Boot WebClient module and no Micrometer (each jar slows every class look-up of an
 * executable jar at startup), so Monigo's client connects through Spring's own builder on the JDK's
 * {@code HttpClient}.
 */
@SpringBootTest(properties = "monigo.retry.max-retries=0")
class StarterHttpClientTests {

	@Autowired
	private ConfigurableApplicationContext context;

	@Test
	void theStarterBringsNoJarTheClientDoesNotNeed() {
		ClassLoader classLoader = getClass().getClassLoader();
		assertThat(ClassUtils.isPresent("reactor.netty.http.client.HttpClient", classLoader)).isFalse();
		assertThat(ClassUtils.isPresent("org.springframework.boot.webclient.WebClientCustomizer", classLoader)).isFalse();
		assertThat(ClassUtils.isPresent("org.springframework.boot.http.client.HttpClientSettings", classLoader)).isFalse();
		assertThat(ClassUtils.isPresent("io.micrometer.core.instrument.MeterRegistry", classLoader)).isFalse();
		assertThat(ClassUtils.isPresent("io.github.resilience4j.bulkhead.Bulkhead", classLoader)).isFalse();
		assertThat(ClassUtils.isPresent("com.google.errorprone.annotations.CanIgnoreReturnValue", classLoader)).isFalse();
	}

	@Test
	void monigosClientConnectsThroughTheJdkHttpClient() {
		assertThat(this.context.containsBean("monigoHttpClients")).as("Boot's WebClient module is not used").isFalse();
		// the application's base URL is a loopback port where nothing listens
		assertThatThrownBy(() -> this.context.getBean(MonigoClient.class).customers().list().collectList()
			.block(Duration.ofSeconds(30)))
			.hasMessageContaining("ConnectException")
			.satisfies((failure) -> assertThat(causes(failure)).anySatisfy((cause) -> assertThat(cause)
				.isInstanceOf(ConnectException.class)
				.satisfies((connect) -> assertThat(connect.getStackTrace())
					.anyMatch((frame) -> frame.getClassName().startsWith("jdk.internal.net.http")))));
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> causes = new ArrayList<>();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			causes.add(cause);
		}
		return causes;
	}

}
