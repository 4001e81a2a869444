package co.monigo.spring.boot.metering;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Finds the customer of a {@code @Metered} call whose annotation names none. Define a bean of this
 * type to replace the default (a request header, then the authenticated principal).
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
