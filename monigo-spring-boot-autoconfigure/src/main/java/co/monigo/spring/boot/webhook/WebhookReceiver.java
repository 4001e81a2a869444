package co.monigo.spring.boot.webhook;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import co.monigo.client.webhook.WebhookEvent;
import co.monigo.client.webhook.WebhookException;
import co.monigo.client.webhook.WebhookVerifier;

/**
 * Handles one delivery, whatever the web stack: verifies the signature over the raw bytes before
 * anything is parsed, skips events already handled, publishes a {@link MonigoWebhookEvent}
 * synchronously, and remembers the id only when every listener returned. Thread-safe.
 */
public final class WebhookReceiver {

	private static final Logger logger = LoggerFactory.getLogger(WebhookReceiver.class);

	private final WebhookVerifier verifier;

	private final WebhookEventStore store;

	private final ApplicationEventPublisher publisher;

	private final WebhookMetrics metrics;

	private final Set<String> inProgress = ConcurrentHashMap.newKeySet();

	public WebhookReceiver(WebhookVerifier verifier, WebhookEventStore store, ApplicationEventPublisher publisher,
			WebhookMetrics metrics) {
		this.verifier = verifier;
		this.store = store;
		this.publisher = publisher;
		this.metrics = metrics;
	}

	/**
	 * Handles a delivery read whole.
	 * @param body the raw request body
	 * @param signature the {@code X-Monigo-Signature} header, null when absent
	 */
	public WebhookOutcome receive(byte[] body, @Nullable String signature) {
		this.metrics.received();
		WebhookEvent event;
		try {
			event = this.verifier.verify(body, signature);
		}
		catch (WebhookException refused) {
			this.metrics.rejected(refused.reason().tag());
			logger.warn("Refused a Monigo webhook: {}", refused.getMessage());
			return refused.isSignatureProblem() ? WebhookOutcome.UNAUTHORIZED : WebhookOutcome.MALFORMED;
		}
		this.metrics.verified();
		if (this.store.isHandled(event.id())) {
			this.metrics.duplicate();
			logger.debug("Monigo webhook {} was already handled", event);
			return WebhookOutcome.DUPLICATE;
		}
		if (!this.inProgress.add(event.id())) {
			return WebhookOutcome.IN_PROGRESS;
		}
		try {
			return publish(event);
		}
		finally {
			this.inProgress.remove(event.id());
		}
	}

	/** Counts a delivery refused for its size before it was read whole. */
	public WebhookOutcome tooLarge() {
		this.metrics.received();
		this.metrics.rejected("body_too_large");
		logger.warn("Refused a Monigo webhook larger than monigo.webhooks.max-body-size");
		return WebhookOutcome.TOO_LARGE;
	}

	private WebhookOutcome publish(WebhookEvent event) {
		try {
			this.publisher.publishEvent(new MonigoWebhookEvent(this, event));
		}
		catch (RuntimeException failure) {
			this.metrics.listenerFailed();
			logger.error("A listener of Monigo webhook {} failed; answering 500 so that Monigo retries", event,
					failure);
			return WebhookOutcome.LISTENER_FAILED;
		}
		this.store.markHandled(event.id());
		return WebhookOutcome.PUBLISHED;
	}

}
