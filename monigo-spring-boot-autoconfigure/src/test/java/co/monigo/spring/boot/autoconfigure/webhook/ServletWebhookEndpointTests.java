package co.monigo.spring.boot.autoconfigure.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.RecordingListener;
import co.monigo.spring.boot.webhook.WebhookEventStore;

import static co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.PATH;
import static co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.invoiceFinalized;
import static co.monigo.spring.boot.autoconfigure.webhook.WebhookTestSupport.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The webhook endpoint in a Spring MVC application, called over MockMvc.
 */
class ServletWebhookEndpointTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoWebhookAutoConfiguration.class))
		.withUserConfiguration(WebApp.class)
		.withPropertyValues(WebhookTestSupport.properties());

	@Test
	void wrongOrMissingSignatureIsAnswered401WithNothingEchoedAndNothingPublishedOrRemembered() {
		this.runner.run((context) -> {
			MockMvc mvc = mvc(context);
			byte[] body = invoiceFinalized("evt_1");

			deliver(mvc, body, WebhookVerifier.signature("whsec_other", body)).andExpect(status().isUnauthorized())
				.andExpect(content().bytes(new byte[0]));
			mvc.perform(post(PATH).content(body)).andExpect(status().isUnauthorized())
				.andExpect(content().bytes(new byte[0]));
			deliver(mvc, body, "sha256=nothex").andExpect(status().isUnauthorized());

			assertThat(listener(context).events).isEmpty();
			assertThat(context.getBean(WebhookEventStore.class).isHandled("evt_1")).isFalse();
			assertThat(counter(context, "monigo.webhooks.rejected", "reason", "wrong_signature")).isEqualTo(1);
			assertThat(counter(context, "monigo.webhooks.rejected", "reason", "missing_signature")).isEqualTo(1);
			assertThat(counter(context, "monigo.webhooks.rejected", "reason", "malformed_signature")).isEqualTo(1);
		});
	}

	@Test
	void eventPostedThreeTimesReachesTheListenerOnce() {
		this.runner.run((context) -> {
			MockMvc mvc = mvc(context);
			byte[] body = invoiceFinalized("evt_2");

			for (int i = 0; i < 3; i++) {
				deliver(mvc, body, sign(body)).andExpect(status().isOk());
			}

			assertThat(listener(context).events).singleElement().satisfies((event) -> {
				assertThat(event.getId()).isEqualTo("evt_2");
				assertThat(event.getType()).isEqualTo("invoice.finalized");
				assertThat(event.invoice()).hasValueSatisfying((invoice) -> assertThat(invoice.id()).isEqualTo("inv_1"));
			});
			assertThat(counter(context, "monigo.webhooks.received")).isEqualTo(3);
			assertThat(counter(context, "monigo.webhooks.verified")).isEqualTo(3);
			assertThat(counter(context, "monigo.webhooks.duplicates")).isEqualTo(2);
		});
	}

	@Test
	void failingListenerIsAnswered500AndTheRetryIsPublishedAgain() {
		this.runner.run((context) -> {
			MockMvc mvc = mvc(context);
			RecordingListener listener = listener(context);
			byte[] body = invoiceFinalized("evt_3");
			listener.failNext(1);

			deliver(mvc, body, sign(body)).andExpect(status().isInternalServerError())
				.andExpect(content().bytes(new byte[0]));
			assertThat(context.getBean(WebhookEventStore.class).isHandled("evt_3")).isFalse();
			deliver(mvc, body, sign(body)).andExpect(status().isOk());
			deliver(mvc, body, sign(body)).andExpect(status().isOk());

			assertThat(listener.events).hasSize(2).allSatisfy((event) -> assertThat(event.getId()).isEqualTo("evt_3"));
			assertThat(counter(context, "monigo.webhooks.listener.failures")).isEqualTo(1);
		});
	}

	@Test
	void bodyOverTheLimitIsAnswered413UnreadAndUnpublished() {
		this.runner.run((context) -> {
			byte[] body = WebhookTestSupport.tooLarge();

			deliver(mvc(context), body, sign(body)).andExpect(status().isPayloadTooLarge());

			assertThat(listener(context).events).isEmpty();
			assertThat(counter(context, "monigo.webhooks.rejected", "reason", "body_too_large")).isEqualTo(1);
		});
	}

	@Test
	void correctlySignedBodyThatIsNotJsonIsAnswered400() {
		this.runner.run((context) -> {
			byte[] body = "not json".getBytes();

			deliver(mvc(context), body, sign(body)).andExpect(status().isBadRequest());

			assertThat(listener(context).events).isEmpty();
		});
	}

	@Test
	void endpointListensOnTheConfiguredPath() {
		this.runner.withPropertyValues("monigo.webhooks.path=/hooks/monigo").run((context) -> {
			byte[] body = invoiceFinalized("evt_4");
			MockMvc mvc = mvc(context);

			mvc.perform(post("/hooks/monigo").content(body).header(WebhookVerifier.SIGNATURE_HEADER, sign(body)))
				.andExpect(status().isOk());
			deliver(mvc, body, sign(body)).andExpect(status().isNotFound());
		});
	}

	private static ResultActions deliver(MockMvc mvc, byte[] body, String signature) throws Exception {
		return mvc.perform(post(PATH).contentType("application/json")
			.content(body)
			.header(WebhookVerifier.SIGNATURE_HEADER, signature));
	}

	private static MockMvc mvc(AssertableWebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context).build();
	}

	private static RecordingListener listener(AssertableWebApplicationContext context) {
		return context.getBean(RecordingListener.class);
	}

	static double counter(org.springframework.context.ApplicationContext context, String name, String... tags) {
		var counter = context.getBean(MeterRegistry.class).find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
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
