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

	/** Sends through the client's events service, without the client's own retries. */
	static IngestSender of(MonigoClient client) {
		return (batch, requestKey) -> client.events()
			.ingest(batch, RequestOptions.idempotencyKey(requestKey).withoutRetries());
	}

}
