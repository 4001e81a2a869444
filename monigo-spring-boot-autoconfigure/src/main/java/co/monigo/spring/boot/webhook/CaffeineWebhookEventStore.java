package co.monigo.spring.boot.webhook;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The default {@link WebhookEventStore}: the ids in memory, each kept for a fixed time after it was
 * handled, at most a fixed number of them (the oldest-used go first beyond that). Lost on restart.
 */
public final class CaffeineWebhookEventStore implements WebhookEventStore {

	private final Cache<String, Boolean> handled;

	/**
	 * @param retention how long an id is remembered; longer than Monigo's retries (about 11 hours)
	 * @param maximumIds how many ids are remembered at most
	 */
	public CaffeineWebhookEventStore(Duration retention, long maximumIds) {
		this.handled = Caffeine.newBuilder().expireAfterWrite(retention).maximumSize(maximumIds).build();
	}

	@Override
	public boolean isHandled(String eventId) {
		return this.handled.getIfPresent(eventId) != null;
	}

	@Override
	public void markHandled(String eventId) {
		this.handled.put(eventId, Boolean.TRUE);
	}

}
