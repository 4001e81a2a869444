package co.monigo.test.emulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.server.ServerRequest;

import co.monigo.client.model.CreatePortalTokenRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.PortalToken;

/**
 * {@code /v1/portal/tokens} (create, list, revoke) and {@code GET /portal/{token}}, a stand-in for the
 * customer portal: 200 with the customer while the token is valid, 401 once it is revoked or expired
 * (and for a token never issued). A token is created for a customer named by {@code external_id} (404
 * when none has it); tokens are listed by customer id or external id, revoked ones left out (expired
 * ones are listed: their {@code expires_at} says so). Revoking twice is fine. Expiry follows the
 * emulator's clock.
 */
final class PortalHandler {

	private final Store store;

	private final EmulatorClock clock;

	PortalHandler(Store store, EmulatorClock clock) {
		this.store = store;
		this.clock = clock;
	}

	Reply create(Call call) {
		CreatePortalTokenRequest request = call.body(CreatePortalTokenRequest.class);
		Customer customer = call.store().customers.values()
			.stream()
			.filter((candidate) -> request.customerExternalId().equals(candidate.externalId()))
			.findFirst()
			.orElseThrow(() -> ApiError.of(404, "no customer has external_id " + request.customerExternalId()));
		String token = Ids.hex(32);
		Instant now = call.now();
		PortalToken portalToken = new PortalToken(Ids.uuid(), Ids.ORG_ID, customer.id(), token, request.label(),
				request.expiresAt(), null, call.baseUrl() + "/portal/" + token, now, now);
		call.store().portalTokens.put(portalToken.id(), portalToken);
		return Reply.created("token", portalToken);
	}

	Reply list(Call call) {
		String customerId = call.query("customer_id");
		if (customerId == null) {
			throw ApiError.invalidField("customer_id", "is required: a customer id or external_id");
		}
		Customer customer = call.store().customerByIdOrExternalId(customerId);
		if (customer == null) {
			throw ApiError.notFound("customer", customerId);
		}
		List<PortalToken> tokens = call.store().portalTokens.values()
			.stream()
			.filter((token) -> token.customerId().equals(customer.id()))
			.filter((token) -> token.revokedAt() == null)
			.toList();
		return Reply.list("tokens", tokens);
	}

	Reply revoke(Call call) {
		String id = call.path("id");
		PortalToken token = call.store().portalTokens.get(id);
		if (token == null) {
			throw ApiError.notFound("portal token", id);
		}
		if (token.revokedAt() == null) {
			Instant now = call.now();
			call.store().portalTokens.put(id, new PortalToken(token.id(), token.orgId(), token.customerId(), token.token(),
					token.label(), token.expiresAt(), now, token.portalUrl(), token.createdAt(), now));
		}
		return Reply.noContent();
	}

	/** The portal page of a token, in whichever mode it was issued. */
	Reply open(ServerRequest request) {
		String secret = request.pathVariable("token");
		for (ModeStore modeStore : this.store.both()) {
			synchronized (modeStore) {
				PortalToken token = find(modeStore, secret);
				if (token == null) {
					continue;
				}
				Instant now = this.clock.now();
				if (token.revokedAt() != null || (token.expiresAt() != null && !now.isBefore(token.expiresAt()))) {
					throw ApiError.of(401, "this portal link has been revoked or has expired");
				}
				return Reply.ok("customer", modeStore.customer(token.customerId()));
			}
		}
		throw ApiError.of(401, "invalid portal token");
	}

	private static @Nullable PortalToken find(ModeStore store, String secret) {
		return store.portalTokens.values().stream().filter((token) -> token.token().equals(secret)).findFirst().orElse(null);
	}

}
