package co.monigo.readme.webhooks;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.Plan;
import co.monigo.client.model.Subscription;
import co.monigo.spring.boot.autoconfigure.webhook.MonigoWebhookAutoConfiguration;
import co.monigo.test.MonigoEmulatorTest;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the README's {@code InvoiceMailTests} relies on, run without the embedded server this module's
 * test class path lacks: the emulator finalizes an invoice and posts {@code invoice.finalized} over HTTP to
 * the starter's endpoint (served here by Reactor Netty), which checks the signature and publishes it to
 * the README's listener, which mails the invoice.
 */
@MonigoEmulatorTest
class InvoiceMailOverHttpTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoWebhookAutoConfiguration.class))
		.withUserConfiguration(WebApp.class)
		.withBean(Mailer.class)
		.withBean(InvoiceMails.class)
		.withPropertyValues(Deliveries.PROPERTIES);

	@Test
	void theFinalizedInvoiceIsMailed(MonigoEmulator emulator, MonigoClient monigo) {
		this.runner.run((context) -> {
			DisposableServer server = HttpServer.create()
				.host("127.0.0.1")
				.port(0)
				.handle(new ReactorHttpHandlerAdapter(WebHttpHandlerBuilder.applicationContext(context).build()))
				.bindNow();
			try {
				emulator.webhooks()
					.register("http://127.0.0.1:" + server.port() + Deliveries.PATH, Deliveries.SECRET);

				Customer acme = monigo.customers().create(CreateCustomerRequest.of("acme", "Acme Corp")).block();
				Plan plan = monigo.plans().create(CreatePlanRequest.of("Pay as you go")).block();
				Subscription subscription = monigo.subscriptions()
					.create(CreateSubscriptionRequest.of(acme.id(), plan.id()))
					.block();
				Invoice draft = monigo.invoices().generate(subscription.id()).block();
				monigo.invoices().finalize(draft.id()).block();

				await().until(() -> !emulator.webhooks().attempts("invoice.finalized").isEmpty());
				assertThat(emulator.webhooks().attempts("invoice.finalized")).singleElement()
					.satisfies((attempt) -> assertThat(attempt.status()).isEqualTo(200));
				assertThat(context.getBean(Mailer.class).sent)
					.containsExactly(acme.id() + " " + draft.total().toPlainString());
			}
			finally {
				server.disposeNow();
			}
		});
	}

	@EnableWebFlux
	static class WebApp {

	}

}
