package co.monigo.spring.boot.metering.http;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.DisconnectedClientHelper;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A WebFlux exchange whose response body bytes (and, when asked, request body bytes) are counted as
 * they pass, buffer by buffer, so a streamed response is counted to its end. Nothing is held back.
 */
final class CountingServerExchange {

	private final ServerWebExchange original;

	private final ServerWebExchange counted;

	private final AtomicLong requestBytes = new AtomicLong();

	private final AtomicLong responseBytes = new AtomicLong();

	private final AtomicBoolean finished = new AtomicBoolean();

	private final AtomicInteger bodiesBeingWritten = new AtomicInteger();

	private final AtomicReference<@Nullable Runnable> afterBody = new AtomicReference<>();

	private final boolean countsRequest;

	private volatile boolean aborted;

	private volatile @Nullable Integer failureStatus;

	CountingServerExchange(ServerWebExchange exchange, boolean countRequestBody) {
		this.original = exchange;
		this.countsRequest = countRequestBody && exchange.getRequest().getHeaders().getContentLength() < 0;
		ServerWebExchange.Builder builder = exchange.mutate().response(new CountingResponse(exchange.getResponse()));
		if (this.countsRequest) {
			builder.request(new CountingRequest(exchange.getRequest()));
		}
		this.counted = builder.build();
	}

	/** The exchange to hand down the filter chain. */
	ServerWebExchange exchange() {
		return this.counted;
	}

	/** Whether this is the first call: the exchange is recorded once, on completion or cancellation. */
	boolean finish() {
		return this.finished.compareAndSet(false, true);
	}

	/**
	 * Runs the action once the response body has been written: at once, unless a body is still being
	 * consumed by the server (some connectors complete the write before reading the whole body).
	 */
	void afterBody(Runnable action) {
		this.afterBody.set(action);
		if (this.bodiesBeingWritten.get() == 0) {
			runAfterBody();
		}
	}

	private void runAfterBody() {
		Runnable action = this.afterBody.getAndSet(null);
		if (action != null) {
			action.run();
		}
	}

	void aborted() {
		this.aborted = true;
	}

	/** The chain failed: a client gone, or an error whose status the error handling will send. */
	void failed(Throwable failure) {
		if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
			this.aborted = true;
		}
		else if (!this.original.getResponse().isCommitted()) {
			this.failureStatus = (failure instanceof ErrorResponse error) ? error.getStatusCode().value() : 500;
		}
	}

	@Nullable Object handler() {
		return this.original.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
	}

	CompletedExchange completed() {
		ServerHttpRequest request = this.original.getRequest();
		ServerHttpResponse response = this.original.getResponse();
		PathPattern route = this.original.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		Integer failure = this.failureStatus;
		HttpStatusCode status = response.getStatusCode();
		int statusValue = (failure != null) ? failure : (status != null) ? status.value() : 200;
		long requestBodySize = this.countsRequest ? this.requestBytes.get()
				: Math.max(request.getHeaders().getContentLength(), 0);
		return new CompletedExchange(request.getMethod().name(), (route != null) ? route.getPatternString() : null,
				statusValue, requestBodySize, this.responseBytes.get(), this.aborted, request.getHeaders()::getFirst,
				response.getHeaders()::getFirst, this.original.getAttributes()::get);
	}

	private final class CountingResponse extends ServerHttpResponseDecorator {

		CountingResponse(ServerHttpResponse delegate) {
			super(delegate);
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			return super.writeWith(counting(body));
		}

		@Override
		public Mono<Void> writeAndFlushWith(
				Publisher<? extends Publisher<? extends DataBuffer>> body) {
			return super.writeAndFlushWith(Flux.from(body).map(this::counting));
		}

		private Flux<? extends DataBuffer> counting(Publisher<? extends DataBuffer> body) {
			return Flux.from(body)
				.doOnSubscribe((subscription) -> CountingServerExchange.this.bodiesBeingWritten.incrementAndGet())
				.doOnNext((buffer) -> CountingServerExchange.this.responseBytes.addAndGet(buffer.readableByteCount()))
				.doFinally((signal) -> {
					if (CountingServerExchange.this.bodiesBeingWritten.decrementAndGet() == 0) {
						runAfterBody();
					}
				});
		}

	}

	private final class CountingRequest extends ServerHttpRequestDecorator {

		CountingRequest(ServerHttpRequest delegate) {
			super(delegate);
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return super.getBody()
				.doOnNext((buffer) -> CountingServerExchange.this.requestBytes.addAndGet(buffer.readableByteCount()));
		}

	}

}
