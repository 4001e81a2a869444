package co.monigo.spring.boot.autoconfigure.webhook;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The Monigo webhook endpoint: {@code monigo.webhooks.*}.
 */
@ConfigurationProperties("monigo.webhooks")
public class MonigoWebhookProperties {

	/** Whether to receive Monigo's webhooks at {@code monigo.webhooks.path}. */
	private boolean enabled;

	/** The path Monigo posts webhooks to; the endpoint URL set in Monigo's dashboard ends with it. */
	private String path = "/monigo/webhooks";

	/**
	 * The endpoint's signing secret from Monigo's dashboard; also read from the MONIGO_WEBHOOK_SECRET
	 * environment variable. Required when enabled.
	 */
	private @Nullable String secret;

	/** The largest webhook body read; larger ones are answered 413 unread. */
	private DataSize maxBodySize = DataSize.ofKilobytes(256);

	/** How long the id of a handled event is remembered; longer than Monigo's retries (about 11 hours). */
	private Duration handledEventRetention = Duration.ofHours(24);

	/** How many ids of handled events are remembered at most, in memory. */
	private long maxHandledEvents = 100_000;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public @Nullable String getSecret() {
		return this.secret;
	}

	public void setSecret(@Nullable String secret) {
		this.secret = secret;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public Duration getHandledEventRetention() {
		return this.handledEventRetention;
	}

	public void setHandledEventRetention(Duration handledEventRetention) {
		this.handledEventRetention = handledEventRetention;
	}

	public long getMaxHandledEvents() {
		return this.maxHandledEvents;
	}

	public void setMaxHandledEvents(long maxHandledEvents) {
		this.maxHandledEvents = maxHandledEvents;
	}

}
