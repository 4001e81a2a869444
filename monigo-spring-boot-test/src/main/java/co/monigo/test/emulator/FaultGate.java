package co.monigo.test.emulator;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.reactivestreams.Publisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import co.monigo.client.internal.MonigoJson;

/**
 * The emulator's outermost handler, at the Reactor Netty level, in front of the WebFlux routes: it asks
 * {@link Faults} whether a request is hit, and if so answers an error status, a rate limit, closes the
 * connection without an answer, or delays the request before handing it on. Working below WebFlux is
 * what lets it drop a connection. Requests it answers itself are recorded here, with their body.
 */
final class FaultGate implements BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> {

	private static final byte[] NO_BODY = new byte[0];

	/** The emulator's own endpoints, which faults never hit: a test must still reach its clock. */
	private static final String CONTROL_PAGE = "/_emulator";

	private final Faults faults;

	private final Received received;

	private final ReactorHttpHandlerAdapter routes;

	FaultGate(Faults faults, Received received, ReactorHttpHandlerAdapter routes) {
		this.faults = faults;
		this.received = received;
		this.routes = routes;
	}

	@Override
	public Publisher<Void> apply(HttpServerRequest request, HttpServerResponse response) {
		String uri = request.uri();
		int queryStart = uri.indexOf('?');
		String path = (queryStart < 0) ? uri : uri.substring(0, queryStart);
		String query = (queryStart < 0) ? "" : uri.substring(queryStart + 1);
		if (path.equals(CONTROL_PAGE) || path.startsWith(CONTROL_PAGE + "/")) {
			return this.routes.apply(request, response);
		}
		FaultAction fault = this.faults.decide(request.method().name(), path);
		if (fault == null) {
			return this.routes.apply(request, response);
		}
		if (fault.kind() == FaultKind.DELAY) {
			request.requestHeaders().set(Dispatcher.DELAYED_HEADER, "true");
			return Mono.delay(fault.duration()).then(Mono.defer(() -> Mono.from(this.routes.apply(request, response))));
		}
		return request.receive().aggregate().asByteArray().defaultIfEmpty(NO_BODY).flatMap((body) -> {
			int status = (fault.kind() == FaultKind.DROP_CONNECTION) ? 0 : fault.status();
			record(request, path, query, body, status, fault.kind());
			return answer(fault, response);
		});
	}

	private static Mono<Void> answer(FaultAction fault, HttpServerResponse response) {
		if (fault.kind() == FaultKind.DROP_CONNECTION) {
			response.withConnection((connection) -> connection.channel().close());
			return Mono.empty();
		}
		String message = (fault.kind() == FaultKind.RATE_LIMIT) ? "rate limit exceeded (emulated)"
				: "emulated failure: HTTP " + fault.status();
		response.status(fault.status()).header(HttpHeaderNames.CONTENT_TYPE, "application/json");
		if (fault.kind() == FaultKind.RATE_LIMIT) {
			response.header(HttpHeaderNames.RETRY_AFTER, Long.toString(fault.duration().toSeconds()));
		}
		return response.sendByteArray(Mono.just(MonigoJson.write(Map.of("error", message)))).then();
	}

	private void record(HttpServerRequest request, String path, String query, byte[] body, int status,
			FaultKind fault) {
		HttpHeaders headers = new HttpHeaders();
		request.requestHeaders().forEach((header) -> headers.add(header.getKey(), header.getValue()));
		this.received.request(new ReceivedRequest(Instant.now(), request.method().name().toUpperCase(Locale.ROOT), path,
				query, headers, body, status, fault, false));
	}

}
