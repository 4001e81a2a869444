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

	private final @Nullable String note;

	public FirstFoundCustomerResolver(List<CustomerResolver> resolvers) {
		this(resolvers, null);
	}

	/**
	 * @param resolvers the resolvers, in order
	 * @param note what else a warning about a call without customer should say, such as a source not
	 * asked and why; null for nothing
	 */
	public FirstFoundCustomerResolver(List<CustomerResolver> resolvers, @Nullable String note) {
		this.resolvers = List.copyOf(resolvers);
		this.note = note;
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

	/**
	 * The resolvers asked, in order, and the note, for example "the authenticated principal (Spring
	 * Security) (the X-Customer-Id header is not trusted...)".
	 */
	@Override
	public String toString() {
		String asked = this.resolvers.isEmpty() ? "no resolver"
				: String.join(", then ", this.resolvers.stream().map(Object::toString).toList());
		return (this.note != null) ? asked + " (" + this.note + ")" : asked;
	}

}
