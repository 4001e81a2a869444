package co.monigo.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A customer portal link. {@code token} is a bearer secret (and {@code portalUrl} embeds it): whoever
 * holds either can read the customer's portal until the token expires or is revoked, so
 * {@link #toString()} masks the token, in both fields.
 *
 * @param token the opaque 64-character hex secret that opens the portal
 * @param portalUrl the URL to share with the customer; it carries the token
 * @param expiresAt when the token stops working; absent for a permanent link
 * @param revokedAt when the token was revoked; absent while it is active
 */
public record PortalToken(String id, String orgId, String customerId, String token, @Nullable String label,
		@Nullable Instant expiresAt, @Nullable Instant revokedAt, String portalUrl, Instant createdAt,
		Instant updatedAt) {

	private static final String MASK = "[redacted]";

	/** Every field but the token, which is masked, also inside the portal URL. */
	@Override
	public String toString() {
		return "PortalToken[id=" + this.id + ", orgId=" + this.orgId + ", customerId=" + this.customerId + ", token="
				+ MASK + ", label=" + this.label + ", expiresAt=" + this.expiresAt + ", revokedAt=" + this.revokedAt
				+ ", portalUrl=" + maskedPortalUrl() + ", createdAt=" + this.createdAt + ", updatedAt="
				+ this.updatedAt + "]";
	}

	private @Nullable String maskedPortalUrl() {
		String url = this.portalUrl;
		String secret = this.token;
		if (url == null || secret == null || secret.isEmpty()) {
			return url;
		}
		return url.replace(secret, MASK);
	}

}
