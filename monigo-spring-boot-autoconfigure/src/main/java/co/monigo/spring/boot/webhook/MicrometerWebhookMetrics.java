package co.monigo.spring.boot.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@link WebhookMetrics} as Micrometer counters: {@code monigo.webhooks.received},
 * {@code monigo.webhooks.verified}, {@code monigo.webhooks.rejected} (tag {@code reason}),
 * {@code monigo.webhooks.duplicates} and {@code monigo.webhooks.listener.failures}.
 */
public final class MicrometerWebhookMetrics implements WebhookMetrics {

	private final MeterRegistry registry;

	private final Counter received;

	private final Counter verified;

	private final Counter duplicates;

	private final Counter listenerFailures;

	public MicrometerWebhookMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.received = counter("monigo.webhooks.received", "Webhook deliveries received");
		this.verified = counter("monigo.webhooks.verified", "Webhook deliveries whose signature verified");
		this.duplicates = counter("monigo.webhooks.duplicates", "Verified deliveries of events already handled");
		this.listenerFailures = counter("monigo.webhooks.listener.failures",
				"Verified events whose listener threw, answered 500 so that Monigo retries");
	}

	private Counter counter(String name, String description) {
		return Counter.builder(name).description(description).register(this.registry);
	}

	@Override
	public void received() {
		this.received.increment();
	}

	@Override
	public void verified() {
		this.verified.increment();
	}

	@Override
	public void rejected(String reason) {
		Counter.builder("monigo.webhooks.rejected")
			.description("Webhook deliveries refused before any listener ran")
			.tag("reason", reason)
			.register(this.registry)
			.increment();
	}

	@Override
	public void duplicate() {
		this.duplicates.increment();
	}

	@Override
	public void listenerFailed() {
		this.listenerFailures.increment();
	}

}
