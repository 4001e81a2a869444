package co.monigo.spring.boot.metering;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Takes the customer from the authenticated principal's name (Spring Security), on the calling thread
 * or from the reactive security context. Only used when Spring Security is on the classpath. An
 * anonymous or unauthenticated caller has no customer.
 */
public class PrincipalCustomerResolver implements CustomerResolver {

	@Override
	public @Nullable String resolve(MeteredCall call) {
		return nameOf(SecurityContextHolder.getContext().getAuthentication());
	}

	@Override
	public Mono<String> resolve(MeteredCall call, ContextView context) {
		return ReactiveSecurityContextHolder.getContext()
			.contextWrite(context)
			.mapNotNull(SecurityContext::getAuthentication)
			.mapNotNull(PrincipalCustomerResolver::nameOf)
			.switchIfEmpty(Mono.defer(() -> Mono.justOrEmpty(resolve(call))));
	}

	private static @Nullable String nameOf(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal())) {
			return null;
		}
		String name = authentication.getName();
		return (name == null || name.isBlank()) ? null : name.strip();
	}

	@Override
	public String toString() {
		return "the authenticated principal (Spring Security)";
	}

}
