package co.monigo.spring.boot.autoconfigure.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.event.EventListener;

import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.spring.boot.webhook.MonigoWebhookEvent;

/**
 * What the endpoint tests share: the secret, signed deliveries, and a listener that records what it
 * gets and can be told to fail.
 */
final class WebhookTestSupport {

	static final String SECRET = "whsec_test_0123456789";

	static final String PATH = "/monigo/webhooks";

	private WebhookTestSupport() {
	}

	static String[] properties() {
		return new String[] { "monigo.webhooks.enabled=true", "monigo.webhooks.secret=" + SECRET,
				"monigo.webhooks.max-body-size=4KB" };
	}

	/** An {@code invoice.finalized} delivery with the given event id. */
	static byte[] invoiceFinalized(String eventId) {
		return ("{\"id\": \"" + eventId + "\", \"type\": \"invoice.finalized\", \"created_at\": \"2026-03-01T00:00:00Z\","
				+ " \"data\": {\"invoice\": {\"id\": \"inv_1\", \"customer_id\": \"cus_1\", \"status\": \"finalized\","
				+ " \"currency\": \"NGN\", \"subtotal\": \"3000.00\", \"total\": \"3000.00\", \"line_items\": []}}}")
			.getBytes(StandardCharsets.UTF_8);
	}

	static String sign(byte[] body) {
		return WebhookVerifier.signature(SECRET, body);
	}

	/** A body larger than the tests' 4KB limit, correctly signed. */
	static byte[] tooLarge() {
		return ("{\"id\": \"evt_big\", \"type\": \"usage.daily\", \"padding\": \"" + "x".repeat(5000) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Records every event it is given; throws for the next {@link #failNext(int)} of them. */
	static class RecordingListener {

		final List<MonigoWebhookEvent> events = new CopyOnWriteArrayList<>();

		private final AtomicInteger failures = new AtomicInteger();

		@EventListener
		void on(MonigoWebhookEvent event) {
			this.events.add(event);
			if (this.failures.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
				throw new IllegalStateException("the listener's database is down");
			}
		}

		void failNext(int times) {
			this.failures.set(times);
		}

	}

}
