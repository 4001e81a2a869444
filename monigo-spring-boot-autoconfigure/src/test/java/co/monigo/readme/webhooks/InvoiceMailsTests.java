package co.monigo.readme.webhooks;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import co.monigo.client.webhook.WebhookEvent;
import co.monigo.spring.boot.webhook.MonigoWebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's listener receives the events its condition names, and only those. */
class InvoiceMailsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withBean(Mailer.class)
		.withBean(InvoiceMails.class);

	@Test
	void aFinalizedInvoiceIsMailedToItsCustomer() {
		this.runner.run((context) -> {
			context.publishEvent(webhook("evt_1", "invoice.finalized"));
			context.publishEvent(webhook("evt_2", "invoice.voided"));

			assertThat(context.getBean(Mailer.class).sent).containsExactly("cus_1 3000.00");
		});
	}

	private static MonigoWebhookEvent webhook(String id, String type) {
		byte[] body = ("{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"data\": {\"invoice\": {\"id\": \"inv_1\","
				+ " \"customer_id\": \"cus_1\", \"status\": \"finalized\", \"currency\": \"NGN\", \"subtotal\": \"3000.00\","
				+ " \"total\": \"3000.00\", \"line_items\": []}}}")
			.getBytes(StandardCharsets.UTF_8);
		return new MonigoWebhookEvent(InvoiceMailsTests.class, WebhookEvent.parse(body));
	}

}
