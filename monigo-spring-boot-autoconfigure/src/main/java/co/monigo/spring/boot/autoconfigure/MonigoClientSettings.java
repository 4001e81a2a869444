package co.monigo.spring.boot.autoconfigure;

import java.time.Duration;

import co.monigo.client.MonigoClient;
import co.monigo.client.core.Durations;
import co.monigo.client.core.RetrySettings;

/**
 * Checks the {@code monigo.*} properties and turns them into a {@link MonigoClient.Builder}. Each
 * bad value fails with an {@link InvalidMonigoConfigurationException} naming its property, so that
 * startup stops with a message that says what to set instead of a stack trace from deep inside.
 */
final class MonigoClientSettings {

	private MonigoClientSettings() {
	}

	static MonigoClient.Builder toBuilder(MonigoProperties properties, MonigoConnectionDetails connection) {
		MonigoClient.Builder builder = MonigoClient.builder();
		String apiKey = ApiKeyCheck.usable(connection.apiKey());
		apply("monigo.api-key", "Copy the key from the Monigo dashboard without spaces or line breaks.",
				() -> builder.apiKey(apiKey));
		apply("monigo.base-url", "Set it to an absolute http or https URL such as " + MonigoClient.DEFAULT_BASE_URL + ".",
				() -> builder.baseUrl(connection.baseUrl()));
		builder.timeout(positive("monigo.timeout", properties.getTimeout()));
		builder.connectTimeout(positive("monigo.connect-timeout", properties.getConnectTimeout()));
		builder.retry(retrySettings(properties.getRetry()));
		return builder;
	}

	private static RetrySettings retrySettings(MonigoProperties.Retry retry) {
		if (retry.getMaxRetries() < 0) {
			throw new InvalidMonigoConfigurationException("monigo.retry.max-retries",
					"must be 0 or more, was " + retry.getMaxRetries(), "Set it to 0 to turn retries off, or more.");
		}
		Duration initial = positive("monigo.retry.initial-backoff", retry.getInitialBackoff());
		Duration max = positive("monigo.retry.max-backoff", retry.getMaxBackoff());
		if (max.compareTo(initial) < 0) {
			throw new InvalidMonigoConfigurationException("monigo.retry.max-backoff",
					"(" + Durations.format(max) + ") is shorter than monigo.retry.initial-backoff ("
							+ Durations.format(initial) + ")",
					"Set monigo.retry.max-backoff to at least monigo.retry.initial-backoff.");
		}
		if (retry.getMultiplier() < 1.0) {
			throw new InvalidMonigoConfigurationException("monigo.retry.multiplier",
					"must be 1 or more, was " + retry.getMultiplier(), "Set it to 1 for equal waits, or more.");
		}
		if (retry.getJitter() < 0.0 || retry.getJitter() >= 1.0) {
			throw new InvalidMonigoConfigurationException("monigo.retry.jitter",
					"must be from 0 up to (not including) 1, was " + retry.getJitter(),
					"Set it to 0 for no jitter, or a fraction such as 0.5.");
		}
		return new RetrySettings(retry.getMaxRetries(), initial, max, retry.getMultiplier(), retry.getJitter());
	}

	private static Duration positive(String property, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new InvalidMonigoConfigurationException(property,
					"must be a positive duration, was " + ((value != null) ? Durations.format(value) : "null"),
					"Set it to a positive duration such as 30s.");
		}
		return value;
	}

	private static void apply(String property, String action, Runnable setter) {
		try {
			setter.run();
		}
		catch (IllegalArgumentException invalid) {
			throw new InvalidMonigoConfigurationException(property, "is invalid: " + invalid.getMessage(), action);
		}
	}

}
