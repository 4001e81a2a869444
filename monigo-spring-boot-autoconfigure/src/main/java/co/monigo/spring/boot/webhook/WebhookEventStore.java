package co.monigo.spring.boot.webhook;

/**
 * Remembers the ids of the webhook events the application has handled, so that a delivery Monigo
 * repeats is answered 2xx without being published again. Keep ids at least as long as Monigo retries
 * (about 11 hours). The default is in memory, per instance: an application running several instances
 * behind one endpoint URL should declare a bean backed by a shared store (a database table with a unique
 * key, Redis {@code SET NX} with an expiry). Implementations must be thread-safe.
 */
public interface WebhookEventStore {

	/** Whether the event was handled (its listeners all returned) before. */
	boolean isHandled(String eventId);

	/** Records that the event's listeners all returned; called only then. */
	void markHandled(String eventId);

}
