package co.monigo.sample.webhooks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import co.monigo.client.model.Invoice;
import co.monigo.spring.boot.webhook.MonigoWebhookEvent;

/**
 * Closes the billing loop: when Monigo finalizes an invoice (the demo finalizes one per customer), its
 * {@code invoice.finalized} webhook arrives here, verified and de-duplicated by the starter. A real
 * application would email the invoice or unlock the next period; the sample logs it.
 */
@Component
public class InvoiceWebhookListener {

	private static final Logger logger = LoggerFactory.getLogger(InvoiceWebhookListener.class);

	private final List<Invoice> finalized = new CopyOnWriteArrayList<>();

	@EventListener(condition = "#event.type == 'invoice.finalized'")
	void onInvoiceFinalized(MonigoWebhookEvent event) {
		event.invoice().ifPresent((invoice) -> {
			this.finalized.add(invoice);
			logger.info("Webhook {}: invoice {} of customer {} finalized, total {} {}", event.getType(), invoice.id(),
					invoice.customerId(), invoice.total().toPlainString(), invoice.currency());
		});
	}

	/** The invoices whose {@code invoice.finalized} webhook arrived, oldest first. */
	public List<Invoice> finalizedInvoices() {
		return List.copyOf(this.finalized);
	}

}
