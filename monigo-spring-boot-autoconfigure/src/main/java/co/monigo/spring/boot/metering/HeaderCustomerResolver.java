package co.monigo.spring.boot.metering;

import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Reads the customer from a request header: the current servlet request in Spring MVC, the request
 * in the subscriber's context in Spring WebFlux (put there by {@link ServerWebExchangeContextFilter}).
 */
public class HeaderCustomerResolver implements CustomerResolver {

	private static final boolean SERVLET_PRESENT = ClassUtils.isPresent("jakarta.servlet.http.HttpServletRequest",
			HeaderCustomerResolver.class.getClassLoader());

	private static final boolean WEBFLUX_PRESENT = ClassUtils.isPresent(
			"org.springframework.web.server.ServerWebExchange", HeaderCustomerResolver.class.getClassLoader());

	private final String header;

	public HeaderCustomerResolver(String header) {
		this.header = header;
	}

	@Override
	public @Nullable String resolve(MeteredCall call) {
		if (!SERVLET_PRESENT) {
			return null;
		}
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return blankToNull(servlet.getRequest().getHeader(this.header));
		}
		return null;
	}

	@Override
	public Mono<String> resolve(MeteredCall call, ContextView context) {
		if (WEBFLUX_PRESENT) {
			ServerWebExchange exchange = ServerWebExchangeContextFilter.getExchange(context).orElse(null);
			if (exchange != null) {
				return Mono.justOrEmpty(blankToNull(exchange.getRequest().getHeaders().getFirst(this.header)));
			}
		}
		return Mono.justOrEmpty(resolve(call));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	@Override
	public String toString() {
		return "HeaderCustomerResolver[" + this.header + "]";
	}

}
