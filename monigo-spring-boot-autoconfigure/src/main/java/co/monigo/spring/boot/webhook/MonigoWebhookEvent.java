package co.monigo.spring.boot.webhook;

import java.util.Optional;

import org.springframework.context.ApplicationEvent;
import tools.jackson.databind.JsonNode;

import co.monigo.client.model.Alert;
import co.monigo.client.model.CustomerWallet;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.Subscription;
import co.monigo.client.webhook.WebhookEvent;

/**
 * A verified Monigo webhook, published once per event id. Listen with
 * {@code @EventListener void on(MonigoWebhookEvent event)}; narrow with
 * {@code @EventListener(condition = "#event.type == 'invoice.finalized'")}.
 * <p>
 * Listeners run on the request's thread, before Monigo gets its answer: a listener that throws makes
 * the endpoint answer 500, so Monigo retries and the event is published again. Do the work (or hand it
 * to durable storage) inside the listener; an {@code @Async} listener's failure is not seen by Monigo.
 */
public class MonigoWebhookEvent extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final transient WebhookEvent webhook;

	public MonigoWebhookEvent(Object source, WebhookEvent webhook) {
		super(source);
		this.webhook = webhook;
	}

	/** The event id, stable across Monigo's retries of one delivery. */
	public String getId() {
		return this.webhook.id();
	}

	/** The event type, e.g. {@code invoice.finalized} (see {@code WebhookEventTypes}). */
	public String getType() {
		return this.webhook.type();
	}

	/** Whether this is an event of the given type. */
	public boolean is(String eventType) {
		return this.webhook.is(eventType);
	}

	/** The invoice of an {@code invoice.*} event, read with the client's own model; else empty. */
	public Optional<Invoice> invoice() {
		return this.webhook.invoice();
	}

	/** The wallet of a {@code customer.wallet.*} event; else empty. */
	public Optional<CustomerWallet> wallet() {
		return this.webhook.wallet();
	}

	/** The subscription of a {@code subscription.*} event; else empty. */
	public Optional<Subscription> subscription() {
		return this.webhook.subscription();
	}

	/** The alert of an {@code alert.*} event; else empty. */
	public Optional<Alert> alert() {
		return this.webhook.alert();
	}

	/** The event's object as JSON, for types without a typed accessor. */
	public JsonNode data() {
		return this.webhook.data();
	}

	/** The body exactly as Monigo sent it. */
	public String rawJson() {
		return this.webhook.rawJson();
	}

	/** The delivery as the framework-free client reads it. */
	public WebhookEvent webhook() {
		return this.webhook;
	}

	@Override
	public String toString() {
		return "MonigoWebhookEvent[id=" + getId() + ", type=" + getType() + "]";
	}

}
