package co.monigo.sample.billing;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /billing/customers}.
 *
 * @param id the application's own id for the customer; the API's callers send it in
 * {@code X-Customer-Id}
 * @param name the customer's name
 * @param email optional contact email
 * @param plan {@code starter}, {@code growth} or {@code scale}
 */
public record SignUpRequest(@Nullable String id, @Nullable String name, @Nullable String email,
		@Nullable String plan) {

}
