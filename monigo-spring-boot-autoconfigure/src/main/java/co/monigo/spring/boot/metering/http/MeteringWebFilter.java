package co.monigo.spring.boot.metering.http;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

import co.monigo.spring.boot.metering.CustomerResolver;
import co.monigo.spring.boot.metering.MeteredCall;

/**
 * Meters Spring WebFlux requests by the route rules: records once the response has been written (a
 * streamed body to its last buffer), with its final status and size. A request no rule matches only
 * costs the match. The response is never changed: the body passes straight through, and errors pass
 * through untouched (an error is recorded with the status its error handling will send:
 * the {@code ErrorResponse}'s, else 500). A cancelled exchange (the client went away) records nothing,
 * unless set to.
 * <p>
 * The customer comes from the same {@link CustomerResolver} as {@code @Metered}, with the subscriber's
 * context (where Spring Security keeps the principal: this filter must come after its -100) and the
 * exchange in it (where the header resolver reads it). The resolver sees a {@link MeteredCall} of this
 * filter's {@code filter} method, whose first argument is the exchange.
 */
public final class MeteringWebFilter implements WebFilter, Ordered {

	private static final Logger logger = LoggerFactory.getLogger(MeteringWebFilter.class);

	private static final Method FILTER = filterMethod();

	private final HttpMetering metering;

	private final CustomerResolver customerResolver;

	private final int order;

	/**
	 * @param metering the rules and where their events go
	 * @param customerResolver who is billed
	 * @param order the filter's order among the web filters
	 */
	public MeteringWebFilter(HttpMetering metering, CustomerResolver customerResolver, int order) {
		this.metering = metering;
		this.customerResolver = customerResolver;
		this.order = order;
	}

	private static Method filterMethod() {
		try {
			return WebFilter.class.getMethod("filter", ServerWebExchange.class, WebFilterChain.class);
		}
		catch (NoSuchMethodException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		List<HttpMeteringRule> matched = this.metering.matching(request.getMethod().name(),
				request.getPath().pathWithinApplication());
		if (matched.isEmpty()) {
			return chain.filter(exchange);
		}
		CountingServerExchange counting = new CountingServerExchange(exchange,
				matched.stream().anyMatch(HttpMeteringRule::readsRequestBody));
		return Mono.deferContextual((context) -> chain.filter(counting.exchange())
			.onErrorResume((failure) -> {
				counting.failed(failure);
				return afterResponse(matched, counting, context).then(Mono.error(failure));
			})
			.then(Mono.<Void>fromRunnable(
					() -> counting.afterBody(() -> afterResponse(matched, counting, context).subscribe())))
			.doOnCancel(() -> {
				counting.aborted();
				afterResponse(matched, counting, context).subscribe();
			}));
	}

	/** Records the exchange, once; never fails. */
	private Mono<Void> afterResponse(List<HttpMeteringRule> matched, CountingServerExchange counting,
			ContextView context) {
		if (!counting.finish()) {
			return Mono.empty();
		}
		try {
			CompletedExchange completed = counting.completed();
			List<HttpMeteringRule> recording = this.metering.recording(matched, completed, counting.handler());
			if (recording.isEmpty()) {
				return Mono.empty();
			}
			return resolveCustomer(counting.exchange(), context).map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.onErrorResume((failure) -> {
					this.metering.customerFailed(recording, failure);
					return Mono.empty();
				})
				.doOnNext((customer) -> this.metering.record(recording, completed, customer.orElse(null)))
				.then();
		}
		catch (RuntimeException unexpected) {
			logger.warn("HTTP metering of a request failed; its usage is not recorded", unexpected);
			return Mono.empty();
		}
	}

	private Mono<String> resolveCustomer(ServerWebExchange exchange, ContextView context) {
		Context withExchange = Context.of(context).put(ServerWebExchangeContextFilter.EXCHANGE_CONTEXT_ATTRIBUTE,
				exchange);
		return Mono.defer(() -> this.customerResolver.resolve(
				new MeteredCall(FILTER, MeteringWebFilter.class, List.of(exchange), null, 1, null), withExchange));
	}

}
