package co.monigo.spring.boot.metering;

import java.util.Collections;
import java.util.List;

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
 * <p>
 * Whoever sends the request chooses the header's value: use this resolver only where the header is set
 * by something the application trusts (a gateway that authenticates the caller and sets or strips it).
 * A blank value is no customer. A value that can't be one id, because the header comes several times,
 * holds a comma-separated list, or holds characters outside printable ASCII (control characters, or
 * non-ASCII text arriving as ISO-8859-1 mojibake), is refused with an {@link InvalidCustomerException}.
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

	/** The name of the header read. */
	public String header() {
		return this.header;
	}

	@Override
	public @Nullable String resolve(MeteredCall call) {
		if (!SERVLET_PRESENT) {
			return null;
		}
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return customerIn(Collections.list(servlet.getRequest().getHeaders(this.header)));
		}
		return null;
	}

	@Override
	public Mono<String> resolve(MeteredCall call, ContextView context) {
		if (WEBFLUX_PRESENT) {
			ServerWebExchange exchange = ServerWebExchangeContextFilter.getExchange(context).orElse(null);
			if (exchange != null) {
				return Mono.fromSupplier(() -> customerIn(exchange.getRequest().getHeaders().get(this.header)));
			}
		}
		return Mono.fromSupplier(() -> resolve(call));
	}

	private @Nullable String customerIn(@Nullable List<String> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw new InvalidCustomerException("the " + this.header + " header comes " + values.size()
					+ " times; a request names one customer");
		}
		String value = values.get(0).strip();
		if (value.isEmpty()) {
			return null;
		}
		if (value.indexOf(',') >= 0) {
			throw new InvalidCustomerException(
					"the " + this.header + " header holds a list of ids; a request names one customer");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				throw new InvalidCustomerException("the " + this.header + " header holds a character outside printable "
						+ "ASCII at position " + i + " (a control character, or non-ASCII text a header can't carry)");
			}
		}
		return value;
	}

	@Override
	public String toString() {
		return "the " + this.header + " header";
	}

}
