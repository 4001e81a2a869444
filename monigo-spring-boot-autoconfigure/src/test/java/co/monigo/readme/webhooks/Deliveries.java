package co.monigo.readme.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;

import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.spring.boot.webhook.MonigoWebhookEvent;

/** What the security chain tests share: the endpoint's settings, a signed delivery, a listener. */
final class Deliveries {

	/** Made up for these tests; the endpoint's real secret comes from Monigo's dashboard. */
	static final String SECRET = "whsec_readme_chains";

	static final String PATH = "/monigo/webhooks";

	static final String[] PROPERTIES = { "monigo.webhooks.enabled=true", "monigo.webhooks.secret=" + SECRET };

	private Deliveries() {
	}

	static byte[] invoicePaid(String eventId) {
		return ("{\"id\": \"" + eventId + "\", \"type\": \"invoice.paid\", \"data\": {}}")
			.getBytes(StandardCharsets.UTF_8);
	}

	static String sign(byte[] body) {
		return WebhookVerifier.signature(SECRET, body);
	}

	/** Remembers the ids of the events published. */
	static class Received {

		final List<String> ids = new CopyOnWriteArrayList<>();

		@EventListener
		void on(MonigoWebhookEvent event) {
			this.ids.add(event.getId());
		}

	}

}
