package co.monigo.spring.boot.metering;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Asks several resolvers in order and takes the first customer found.
 */
public class FirstFoundCustomerResolver implements CustomerResolver {

	private final List<CustomerResolver> resolvers;

	public FirstFoundCustomerResolver(List<CustomerResolver> resolvers) {
		this.resolvers = List.copyOf(resolvers);
	}

	@Override
	public @Nullable String resolve(MeteredCall call) {
		for (CustomerResolver resolver : this.resolvers) {
			String customer = resolver.resolve(call);
			if (customer != null) {
				return customer;
			}
		}
		return null;
	}

	@Override
	public Mono<String> resolve(MeteredCall call, ContextView context) {
		return Flux.fromIterable(this.resolvers).concatMap((resolver) -> resolver.resolve(call, context)).next();
	}

	@Override
	public String toString() {
		return "FirstFoundCustomerResolver" + this.resolvers;
	}

}
