package co.monigo.sample.webhooks;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.Aggregation;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.CreateMetricRequest;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreatePriceRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.Metric;
import co.monigo.client.model.Plan;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.Subscription;
import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.test.MonigoEmulatorTest;
import co.monigo.test.emulator.MonigoEmulator;
import co.monigo.test.emulator.WebhookAttempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The round trip a user's own test writes: the test finalizes an invoice through the client, the
 * emulator posts {@code invoice.finalized} to the application's random port, signed with the secret the
 * application is configured with, and the application's listener gets it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sample.demo.enabled=false", "monigo.webhooks.secret=whsec_round_trip" })
@MonigoEmulatorTest
class WebhookRoundTripTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	MonigoClient monigo;

	@Autowired
	InvoiceWebhookListener listener;

	@Test
	void invoiceFinalizedThroughTheClientReachesTheApplicationsListenerSignedWithItsSecret(MonigoEmulator emulator) {
		Invoice draft = draftInvoice();

		this.monigo.invoices().finalize(draft.id()).block(TIMEOUT);

		await().atMost(TIMEOUT)
			.until(() -> this.listener.finalizedInvoices().stream().anyMatch((invoice) -> invoice.id().equals(draft.id())));
		await().atMost(TIMEOUT).until(() -> !emulator.webhooks().attempts("invoice.finalized").isEmpty());
		WebhookAttempt attempt = emulator.webhooks().attempts("invoice.finalized").get(0);
		assertThat(attempt.url()).isEqualTo("http://127.0.0.1:" + this.port + "/monigo/webhooks");
		assertThat(attempt.status()).isEqualTo(200);
		assertThat(attempt.signature()).isEqualTo(
				WebhookVerifier.signature("whsec_round_trip", attempt.body().getBytes(StandardCharsets.UTF_8)));
	}

	private Invoice draftInvoice() {
		Customer customer = this.monigo.customers()
			.create(CreateCustomerRequest.of("round-trip", "Round Trip"))
			.block(TIMEOUT);
		Metric calls = this.monigo.metrics()
			.create(CreateMetricRequest.of("Calls", "call", Aggregation.COUNT))
			.block(TIMEOUT);
		Plan plan = this.monigo.plans()
			.create(CreatePlanRequest.of("Round trip")
				.withPrice(CreatePriceRequest.of(calls.id(), PriceModel.FLAT_UNIT).withUnitPrice(BigDecimal.ONE)))
			.block(TIMEOUT);
		Subscription subscription = this.monigo.subscriptions()
			.create(CreateSubscriptionRequest.of(customer.id(), plan.id()))
			.block(TIMEOUT);
		return this.monigo.invoices().generate(subscription.id()).block(TIMEOUT);
	}

}
