package co.monigo.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The body of a portal token creation. Start with {@link #of(String)}, add optional fields with the
 * {@code with} methods.
 *
 * @param customerExternalId the customer's {@code external_id} (your own id for it, not Monigo's)
 * @param label optional human-readable name for the link
 * @param expiresAt optional time after which the token is rejected; absent for a permanent link
 */
public record CreatePortalTokenRequest(String customerExternalId, @Nullable String label,
		@Nullable Instant expiresAt) {

	public CreatePortalTokenRequest {
		Checks.requireText(customerExternalId, "customer_external_id");
	}

	public static CreatePortalTokenRequest of(String customerExternalId) {
		return new CreatePortalTokenRequest(customerExternalId, null, null);
	}

	public CreatePortalTokenRequest withLabel(String label) {
		return new CreatePortalTokenRequest(this.customerExternalId, label, this.expiresAt);
	}

	public CreatePortalTokenRequest withExpiresAt(Instant expiresAt) {
		return new CreatePortalTokenRequest(this.customerExternalId, this.label, expiresAt);
	}

}
