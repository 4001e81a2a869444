package co.monigo.test.emulator;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import co.monigo.client.core.KeyMode;

/**
 * Runs every API operation the same way: reads the body, authenticates the key and picks its mode's
 * store, answers a replayed {@code Idempotency-Key} with the answer kept for it, otherwise runs the
 * operation under the store's lock, turns errors into Monigo's error body, and records the request.
 */
final class Dispatcher {

	/** Set by the fault gate on a request it delayed, so that the record says so; removed when recorded. */
	static final String DELAYED_HEADER = "X-Monigo-Emulator-Delayed";

	private static final Logger logger = LoggerFactory.getLogger(Dispatcher.class);

	private static final byte[] NO_BODY = new byte[0];

	private final Store store;

	private final Received received;

	private final Supplier<String> baseUrl;

	private final EmulatorClock clock;

	private final EmulatorWebhooks webhooks;

	Dispatcher(Store store, Received received, Supplier<String> baseUrl, EmulatorClock clock,
			EmulatorWebhooks webhooks) {
		this.store = store;
		this.received = received;
		this.baseUrl = baseUrl;
		this.clock = clock;
		this.webhooks = webhooks;
	}

	/** An operation of the API, reached with a Monigo key. */
	@FunctionalInterface
	interface Operation {

		Reply handle(Call call);

	}

	HandlerFunction<ServerResponse> api(Operation operation) {
		return (request) -> request.bodyToMono(byte[].class)
			.defaultIfEmpty(NO_BODY)
			.map((body) -> serve(request, body, operation))
			.flatMap(Dispatcher::write);
	}

	/** A page reached without a key (the portal stand-in). */
	HandlerFunction<ServerResponse> open(Function<ServerRequest, Reply> page) {
		return (request) -> request.bodyToMono(byte[].class).defaultIfEmpty(NO_BODY).map((body) -> {
			Reply reply = run(() -> page.apply(request));
			record(request, body, reply, false);
			return reply;
		}).flatMap(Dispatcher::write);
	}

	private Reply serve(ServerRequest request, byte[] body, Operation operation) {
		KeyMode mode = Authenticator.mode(request.headers().firstHeader(HttpHeaders.AUTHORIZATION));
		if (mode == null) {
			Reply refused = Reply.error(ApiError.of(401,
					"invalid or missing API key: send 'Authorization: Bearer mk_test_...' or 'Bearer mk_live_...'"));
			record(request, body, refused, false);
			return refused;
		}
		ModeStore modeStore = this.store.of(mode);
		String method = request.method().name();
		String path = request.uri().getRawPath();
		Call call = new Call(modeStore, method, path, request.pathVariables(), request.queryParams(), body,
				this.baseUrl.get(), this.clock.now());
		String idempotency = idempotencyEntry(request, method, path);
		Reply reply;
		boolean replayed = false;
		synchronized (modeStore) {
			Reply kept = (idempotency != null) ? modeStore.idempotentReplies.get(idempotency) : null;
			if (kept != null) {
				reply = kept;
				replayed = true;
			}
			else {
				reply = run(() -> operation.handle(call));
				this.webhooks.served(call, reply);
				if (idempotency != null && reply.isRemembered()) {
					modeStore.idempotentReplies.put(idempotency, reply);
				}
			}
		}
		record(request, body, reply, replayed);
		return reply;
	}

	/** The key under which a POST, PUT or PATCH with an {@code Idempotency-Key} keeps its answer. */
	private static @Nullable String idempotencyEntry(ServerRequest request, String method, String path) {
		if (!(method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
			return null;
		}
		String key = request.headers().firstHeader("Idempotency-Key");
		return (key == null || key.isBlank()) ? null : method + " " + path + " " + key;
	}

	private static Reply run(Supplier<Reply> operation) {
		try {
			return operation.get();
		}
		catch (ApiError error) {
			return Reply.error(error);
		}
		catch (RuntimeException failure) {
			logger.warn("The Monigo emulator failed to serve a request", failure);
			return Reply.error(ApiError.of(500, "emulator failure: " + failure));
		}
	}

	private void record(ServerRequest request, byte[] body, Reply reply, boolean replayed) {
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(request.headers().asHttpHeaders());
		boolean delayed = headers.containsHeader(DELAYED_HEADER);
		headers.remove(DELAYED_HEADER);
		String query = request.uri().getRawQuery();
		this.received.request(new ReceivedRequest(Instant.now(), request.method().name().toUpperCase(Locale.ROOT),
				request.uri().getRawPath(), (query != null) ? query : "", headers, body, reply.status(),
				delayed ? FaultKind.DELAY : reply.fault(), replayed));
	}

	private static Mono<ServerResponse> write(Reply reply) {
		if (reply.body().length == 0) {
			return ServerResponse.status(reply.status()).build();
		}
		return ServerResponse.status(reply.status()).contentType(MediaType.APPLICATION_JSON).bodyValue(reply.body());
	}

}
