package co.monigo.spring.boot.metering;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Finds the customer of a {@code @Metered} call whose annotation names none. Define a bean of this
 * type to replace the default: with Spring Security the authenticated principal, and the customer
 * header only when declared trusted; without it, the header.
 * <p>
 * Within an HTTP request it is asked once, at the request's first metered call, and its answer is used
 * for every metered call of the request. To refuse what a request says (it names several customers, for
 * example), throw {@link InvalidCustomerException}: the call's usage is then counted as
 * {@code invalid_customer} instead of recorded. A {@code toString()} saying where it looks makes the
 * warning about a call without customer say it too.
 */
@FunctionalInterface
public interface CustomerResolver {

	/**
	 * The customer of a call, on the calling thread (Spring MVC and plain method calls); null when
	 * there is none.
	 */
	@Nullable String resolve(MeteredCall call);

	/**
	 * The customer of a call whose result is a {@code Mono} or {@code Flux}, from the subscriber's
	 * context (Spring WebFlux keeps the request and the security context there). Empty when there is
	 * none. By default, {@link #resolve(MeteredCall)}.
	 */
	default Mono<String> resolve(MeteredCall call, ContextView context) {
		return Mono.justOrEmpty(resolve(call));
	}

}
