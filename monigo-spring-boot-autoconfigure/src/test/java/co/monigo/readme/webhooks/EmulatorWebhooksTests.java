package co.monigo.readme.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.Plan;
import co.monigo.client.model.Subscription;
import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.test.MonigoEmulatorTest;
import co.monigo.test.emulator.MonigoEmulator;
import co.monigo.test.emulator.WebhookAttempt;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The README's registration of an endpoint "anywhere else": the emulator signs its webhooks with the
 * secret given, and retries a failed delivery on the shortened schedule.
 */
@MonigoEmulatorTest
class EmulatorWebhooksTests {

	@RegisterExtension
	static final WireMockExtension endpoint = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@Test
	void aFailedDeliveryIsRetriedSignedOnTheShortenedSchedule(MonigoEmulator emulator, MonigoClient monigo) {
		endpoint.stubFor(post(urlEqualTo("/monigo/webhooks")).atPriority(10).willReturn(aResponse().withStatus(200)));
		endpoint.stubFor(post(urlEqualTo("/monigo/webhooks")).atPriority(1)
			.withRequestBody(containing("invoice.finalized"))
			.inScenario("down once")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		int port = endpoint.getPort();

		// tag::emulator-webhooks[]
		emulator.webhooks().register("http://127.0.0.1:" + port + "/monigo/webhooks", "whsec_test");
		emulator.webhooks().retrySchedule(Duration.ofMillis(50), Duration.ofMillis(50));
		emulator.webhooks().attempts();   // every attempt: event id, type, url, attempt number, status, body, signature
		// end::emulator-webhooks[]

		Customer acme = monigo.customers().create(CreateCustomerRequest.of("acme", "Acme Corp")).block();
		Plan plan = monigo.plans().create(CreatePlanRequest.of("Pay as you go")).block();
		Subscription subscription = monigo.subscriptions().create(CreateSubscriptionRequest.of(acme.id(), plan.id())).block();
		Invoice draft = monigo.invoices().generate(subscription.id()).block();
		monigo.invoices().finalize(draft.id()).block();

		await().untilAsserted(() -> assertThat(emulator.webhooks().attempts("invoice.finalized"))
			.extracting(WebhookAttempt::attempt, WebhookAttempt::status)
			.containsExactly(tuple(1, 503), tuple(2, 200)));
		assertThat(emulator.webhooks().attempts("invoice.finalized")).allSatisfy((attempt) -> assertThat(WebhookVerifier
			.of("whsec_test")
			.verify(attempt.body().getBytes(StandardCharsets.UTF_8), attempt.signature())
			.invoice()).hasValueSatisfying((invoice) -> assertThat(invoice.id()).isEqualTo(draft.id())));
	}

}
