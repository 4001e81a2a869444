package co.monigo.spring.boot.autoconfigure.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableReactiveWebApplicationContext;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.config.EnableWebFlux;

import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.RecordingListener;
import co.monigo.spring.boot.webhook.WebhookEventStore;

import static co.monigo.spring.boot.autoconfigure.webhook.ServletWebhookEndpointTests.counter;
import static co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.PATH;
import static co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.invoiceFinalized;
import static co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook endpoint in a WebFlux application, called over WebTestClient.
 */
class ReactiveWebhookEndpointTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoWebhookAutoConfiguration.class))
		.withUserConfiguration(WebApp.class)
		.withPropertyValues(WebhookTestSupport.properties());

	@Test
	void wrongOrMissingSignatureIsAnswered401WithNothingEchoedAndNothingPublishedOrRemembered() {
		this.runner.run((context) -> {
			WebTestClient client = client(context);
			byte[] body = invoiceFinalized("evt_1");

			deliver(client, body, WebhookVerifier.signature("whsec_other", body)).expectStatus()
				.isUnauthorized()
				.expectBody()
				.isEmpty();
			client.post().uri(PATH).bodyValue(body).exchange().expectStatus().isUnauthorized().expectBody().isEmpty();

			assertThat(context.getBean(RecordingListener.class).events).isEmpty();
			assertThat(context.getBean(WebhookEventStore.class).isHandled("evt_1")).isFalse();
			assertThat(counter(context, "monigo.webhooks.rejected", "reason", "wrong_signature")).isEqualTo(1);
		});
	}

	@Test
	void eventPostedThreeTimesReachesTheListenerOnce() {
		this.runner.run((context) -> {
			WebTestClient client = client(context);
			byte[] body = invoiceFinalized("evt_2");

			for (int i = 0; i < 3; i++) {
				deliver(client, body, sign(body)).expectStatus().isOk();
			}

			assertThat(context.getBean(RecordingListener.class).events).singleElement()
				.satisfies((event) -> assertThat(event.invoice()).isPresent());
			assertThat(counter(context, "monigo.webhooks.duplicates")).isEqualTo(2);
		});
	}

	@Test
	void failingListenerIsAnswered500AndTheRetryIsPublishedAgain() {
		this.runner.run((context) -> {
			WebTestClient client = client(context);
			RecordingListener listener = context.getBean(RecordingListener.class);
			byte[] body = invoiceFinalized("evt_3");
			listener.failNext(1);

			deliver(client, body, sign(body)).expectStatus().is5xxServerError().expectBody().isEmpty();
			deliver(client, body, sign(body)).expectStatus().isOk();
			deliver(client, body, sign(body)).expectStatus().isOk();

			assertThat(listener.events).hasSize(2);
			assertThat(counter(context, "monigo.webhooks.listener.failures")).isEqualTo(1);
		});
	}

	@Test
	void bodyOverTheLimitIsAnswered413AndUnpublished() {
		this.runner.run((context) -> {
			byte[] body = WebhookTestSupport.tooLarge();

			deliver(client(context), body, sign(body)).expectStatus().isEqualTo(413);

			assertThat(context.getBean(RecordingListener.class).events).isEmpty();
			assertThat(counter(context, "monigo.webhooks.rejected", "reason", "body_too_large")).isEqualTo(1);
		});
	}

	private static WebTestClient.ResponseSpec deliver(WebTestClient client, byte[] body, String signature) {
		return client.post()
			.uri(PATH)
			.header("Content-Type", "application/json")
			.header(WebhookVerifier.SIGNATURE_HEADER, signature)
			.bodyValue(body)
			.exchange();
	}

	private static WebTestClient client(AssertableReactiveWebApplicationContext context) {
		return WebTestClient.bindToApplicationContext(context).build();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebFlux
	static class WebApp {

		@Bean
		RecordingListener recordingListener() {
			return new RecordingListener();
		}

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
