package co.monigo.spring.boot.autoconfigure.webhook;

import java.time.Duration;

import org.springframework.core.env.Environment;

import co.monigo.client.webhook.WebhookVerifier;
import co.monigo.spring.boot.autoconfigure.InvalidMonigoConfigurationException;

/**
 * Checks {@code monigo.webhooks.*} at startup, so a bad value fails with a message naming the property
 * (explained by the Monigo failure analyzer), never showing the secret.
 */
final class WebhookSettings {

	/** The environment variable read when {@code monigo.webhooks.secret} is not set. */
	static final String SECRET_VARIABLE = "MONIGO_WEBHOOK_SECRET";

	private WebhookSettings() {
	}

	static WebhookVerifier verifier(MonigoWebhookProperties properties, Environment environment) {
		String secret = properties.getSecret();
		if (secret == null || secret.isBlank()) {
			secret = environment.getProperty(SECRET_VARIABLE);
		}
		if (secret == null || secret.isBlank()) {
			throw new InvalidMonigoConfigurationException("monigo.webhooks.secret", "is not set",
					"Set monigo.webhooks.secret (or the " + SECRET_VARIABLE + " environment variable) to the "
							+ "signing secret of your webhook endpoint in Monigo's dashboard, "
							+ "or set monigo.webhooks.enabled=false.");
		}
		return WebhookVerifier.of(secret);
	}

	static String path(MonigoWebhookProperties properties) {
		String path = properties.getPath();
		if (path == null || !path.startsWith("/") || path.isBlank() || path.contains("*") || path.contains("{")) {
			throw new InvalidMonigoConfigurationException("monigo.webhooks.path", "must be a plain path starting "
					+ "with '/', was '" + path + "'", "Set monigo.webhooks.path to e.g. /monigo/webhooks.");
		}
		return path;
	}

	static long maxBodyBytes(MonigoWebhookProperties properties) {
		if (properties.getMaxBodySize() == null || properties.getMaxBodySize().toBytes() <= 0) {
			throw new InvalidMonigoConfigurationException("monigo.webhooks.max-body-size", "must be positive",
					"Set monigo.webhooks.max-body-size to e.g. 256KB.");
		}
		return properties.getMaxBodySize().toBytes();
	}

	static Duration retention(MonigoWebhookProperties properties) {
		Duration retention = properties.getHandledEventRetention();
		if (retention == null || retention.compareTo(Duration.ofHours(12)) < 0) {
			throw new InvalidMonigoConfigurationException("monigo.webhooks.handled-event-retention",
					"must be at least 12h, longer than Monigo's retries of about 11 hours, was " + retention,
					"Set monigo.webhooks.handled-event-retention to 12h or more (default 24h).");
		}
		if (properties.getMaxHandledEvents() <= 0) {
			throw new InvalidMonigoConfigurationException("monigo.webhooks.max-handled-events", "must be positive",
					"Set monigo.webhooks.max-handled-events to e.g. 100000.");
		}
		return retention;
	}

}
