package co.monigo.readme.webhooks;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.Plan;
import co.monigo.client.model.Subscription;
import co.monigo.test.MonigoEmulatorTest;
import co.monigo.test.emulator.MonigoEmulator;

import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * Compiled, not run: the README's webhook test starts the application on a port of its own
 * ({@code RANDOM_PORT}), and this module's test class path has no embedded web server. Nested, so that
 * the test runner leaves it alone. {@link InvoiceMailOverHttpTests} runs what it relies on (the same
 * invoicing, the emulator posting to the starter's endpoint over HTTP, the README's listener mailing), and
 * {@link EmulatorWebhooksTests} the emulator's retries.
 */
final class InvoiceMailSnippet {

	private InvoiceMailSnippet() {
	}

	// tag::webhook-test[]
	@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "monigo.webhooks.secret=whsec_test")
	@MonigoEmulatorTest
	class InvoiceMailTests {

		@MockitoBean
		Mailer mailer;

		@Test
		void mailsTheFinalizedInvoice(MonigoEmulator emulator, @Autowired MonigoClient monigo) {
			Customer acme = monigo.customers().create(CreateCustomerRequest.of("acme", "Acme Corp")).block();
			Plan plan = monigo.plans().create(CreatePlanRequest.of("Pay as you go")).block();
			Subscription subscription = monigo.subscriptions().create(CreateSubscriptionRequest.of(acme.id(), plan.id())).block();
			Invoice draft = monigo.invoices().generate(subscription.id()).block();

			monigo.invoices().finalize(draft.id()).block();

			await().until(() -> !emulator.webhooks().attempts("invoice.finalized").isEmpty());
			verify(mailer).sendInvoice(eq(acme.id()), any());
		}
	}
	// end::webhook-test[]

}
