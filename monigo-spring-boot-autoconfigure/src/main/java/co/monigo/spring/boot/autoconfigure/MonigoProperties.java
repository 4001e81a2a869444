package co.monigo.spring.boot.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the Monigo client, under {@code monigo}.
 */
@ConfigurationProperties("monigo")
public class MonigoProperties {

	/**
	 * Whether to enable Monigo. When false, no client is created.
	 */
	private boolean enabled = true;

	/**
	 * Monigo API key: 'mk_test_...' for test mode or 'mk_live_...' for live mode. Also read from
	 * the MONIGO_API_KEY environment variable.
	 */
	private @Nullable String apiKey;

	/**
	 * Base URL of the Monigo API.
	 */
	private String baseUrl = "https://api.monigo.co";

	/**
	 * Timeout of one request attempt, from sending the request to reading the whole answer.
	 */
	private Duration timeout = Duration.ofSeconds(30);

	/**
	 * Timeout of establishing a connection to the Monigo API.
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	private final Retry retry = new Retry();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Retry getRetry() {
		return this.retry;
	}

	/**
	 * How failed requests are retried: transport failures, timeouts, 408, 429 and 5xx only.
	 */
	public static class Retry {

		/**
		 * Number of retries after the first attempt of a failed request. 0 turns retries off.
		 */
		private int maxRetries = 2;

		/**
		 * Wait before the first retry; each later wait grows by the multiplier.
		 */
		private Duration initialBackoff = Duration.ofMillis(500);

		/**
		 * Longest wait between two attempts. A longer Retry-After from the server is not waited out.
		 */
		private Duration maxBackoff = Duration.ofSeconds(10);

		/**
		 * Factor by which each wait grows over the previous one. At least 1.
		 */
		private double multiplier = 2.0;

		/**
		 * Random spread of each wait, from 0 (none) up to but not including 1 (plus or minus 100%).
		 */
		private double jitter = 0.5;

		public int getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public double getJitter() {
			return this.jitter;
		}

		public void setJitter(double jitter) {
			this.jitter = jitter;
		}

	}

}
