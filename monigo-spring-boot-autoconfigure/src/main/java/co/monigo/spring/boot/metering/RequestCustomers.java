package co.monigo.spring.boot.metering;

import java.util.Map;

import org.springframework.util.ClassUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Resolves the customer once per HTTP request and gives every {@code @Metered} call of that request
 * the same answer: kept as a request attribute (Spring MVC) or an exchange attribute (Spring WebFlux).
 * So a controller and the service it calls bill the same customer, and a refused value is refused for
 * both. Outside a request, the resolver is asked on every call.
 */
final class RequestCustomers {

	/** The attribute holding a request's {@link ResolvedCustomer} (or, in WebFlux, its cached Mono). */
	static final String ATTRIBUTE = RequestCustomers.class.getName() + ".customer";

	private static final boolean WEBFLUX_PRESENT = ClassUtils.isPresent(
			"org.springframework.web.server.ServerWebExchange", RequestCustomers.class.getClassLoader());

	private final CustomerResolver resolver;

	RequestCustomers(CustomerResolver resolver) {
		this.resolver = resolver;
	}

	/** The customer of a call on the calling thread. Never throws. */
	ResolvedCustomer resolveNow(MeteredCall call) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return ask(call, false);
		}
		Object known = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (known instanceof ResolvedCustomer customer) {
			return customer;
		}
		ResolvedCustomer customer = ask(call, true);
		request.setAttribute(ATTRIBUTE, customer, RequestAttributes.SCOPE_REQUEST);
		return customer;
	}

	private ResolvedCustomer ask(MeteredCall call, boolean inRequest) {
		try {
			return ResolvedCustomer.of(this.resolver.resolve(call), this.resolver, inRequest);
		}
		catch (InvalidCustomerException refusal) {
			return ResolvedCustomer.refused(refusal);
		}
		catch (RuntimeException failure) {
			return ResolvedCustomer.failed(failure, this.resolver);
		}
	}

	/** The customer of a reactive call, from the subscriber's context. Never errors. */
	@SuppressWarnings("unchecked")
	Mono<ResolvedCustomer> resolveLater(MeteredCall call, ContextView context) {
		ServerWebExchange exchange = WEBFLUX_PRESENT
				? ServerWebExchangeContextFilter.getExchange(context).orElse(null) : null;
		if (exchange == null) {
			return Mono.defer(() -> (RequestContextHolder.getRequestAttributes() != null)
					? Mono.just(resolveNow(call)) : askLater(call, context, false));
		}
		Map<String, Object> attributes = exchange.getAttributes();
		return (Mono<ResolvedCustomer>) attributes.computeIfAbsent(ATTRIBUTE,
				(name) -> askLater(call, context, true).cache());
	}

	private Mono<ResolvedCustomer> askLater(MeteredCall call, ContextView context, boolean inRequest) {
		return Mono.defer(() -> this.resolver.resolve(call, context))
			.map((id) -> ResolvedCustomer.of(id, this.resolver, inRequest))
			.defaultIfEmpty(ResolvedCustomer.of(null, this.resolver, inRequest))
			.onErrorResume(InvalidCustomerException.class, (refusal) -> Mono.just(ResolvedCustomer.refused(refusal)))
			.onErrorResume(RuntimeException.class,
					(failure) -> Mono.just(ResolvedCustomer.failed(failure, this.resolver)));
	}

}
