package co.monigo.spring.boot.webhook;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import co.monigo.client.webhook.WebhookVerifier;

/**
 * The webhook endpoint for WebFlux: a functional route that joins the raw body, at most
 * {@code maxBodyBytes} of it, and hands it to the {@link WebhookReceiver} on the bounded-elastic
 * scheduler, since listeners may block.
 */
public final class ReactiveWebhookRoute {

	private ReactiveWebhookRoute() {
	}

	public static RouterFunction<ServerResponse> of(String path, long maxBodyBytes, WebhookReceiver receiver) {
		return RouterFunctions.route(RequestPredicates.POST(path), (request) -> receive(request, maxBodyBytes, receiver)
			.flatMap((outcome) -> ServerResponse.status(outcome.status()).build()));
	}

	private static Mono<WebhookOutcome> receive(ServerRequest request, long maxBodyBytes, WebhookReceiver receiver) {
		if (request.headers().contentLength().orElse(0) > maxBodyBytes) {
			return Mono.fromSupplier(receiver::tooLarge);
		}
		String signature = request.headers().firstHeader(WebhookVerifier.SIGNATURE_HEADER);
		int limit = (int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes);
		return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), limit)
			.map(ReactiveWebhookRoute::bytes)
			.defaultIfEmpty(new byte[0])
			.publishOn(Schedulers.boundedElastic())
			.map((body) -> receiver.receive(body, signature))
			.onErrorResume(DataBufferLimitException.class, (tooLarge) -> Mono.fromSupplier(receiver::tooLarge));
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

}
