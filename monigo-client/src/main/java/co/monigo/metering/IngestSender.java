package co.monigo.metering;

import java.util.List;

import reactor.core.publisher.Mono;

import co.monigo.client.MonigoClient;
import co.monigo.client.core.RequestOptions;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.IngestResult;

/**
 * Sends one batch to Monigo, once: the pipeline decides about retries.
 */
@FunctionalInterface
public interface IngestSender {

	/**
	 * Sends the batch with this request idempotency key, making one attempt.
	 */
	Mono<IngestResult> send(List<IngestEvent> batch, String requestKey);

	/**
	 * Sends the batch as the pipeline wrote it: {@code body} is the whole request,
	 * {@code {"events":[...]}}, each event as it was written once (to the journal, or when its batch was
	 * formed), so a retry or a replay after a restart sends the very same bytes. Sends {@code events}
	 * through {@link #send} unless overridden.
	 */
	default Mono<IngestResult> sendJson(List<IngestEvent> events, byte[] body, String requestKey) {
		return send(events, requestKey);
	}

	/** Sends through the client's events service, without the client's own retries. */
	static IngestSender of(MonigoClient client) {
		return new IngestSender() {

			@Override
			public Mono<IngestResult> send(List<IngestEvent> batch, String requestKey) {
				return client.events().ingest(batch, options(requestKey));
			}

			@Override
			public Mono<IngestResult> sendJson(List<IngestEvent> events, byte[] body, String requestKey) {
				return client.events().ingestJson(body, options(requestKey));
			}

			private RequestOptions options(String requestKey) {
				return RequestOptions.idempotencyKey(requestKey).withoutRetries();
			}

		};
	}

}
