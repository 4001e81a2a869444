package co.monigo.readme.webhooks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import co.monigo.client.model.Invoice;
import co.monigo.spring.boot.webhook.MonigoWebhookEvent;

/** The README's webhook listener, in the component an application would declare it in. */
@Component
class InvoiceMails {

	private final Mailer mailer;

	InvoiceMails(Mailer mailer) {
		this.mailer = mailer;
	}

	// tag::webhook-listener[]
	@EventListener(condition = "#event.type == 'invoice.finalized'")
	void onInvoiceFinalized(MonigoWebhookEvent event) {
		Invoice invoice = event.invoice().orElseThrow();   // the client's own model
		mailer.sendInvoice(invoice.customerId(), invoice.total());
	}
	// end::webhook-listener[]

}
