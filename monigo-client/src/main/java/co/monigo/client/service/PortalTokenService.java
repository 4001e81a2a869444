package co.monigo.client.service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.internal.ApiRequest;
import co.monigo.client.internal.MonigoTransport;
import co.monigo.client.model.CreatePortalTokenRequest;
import co.monigo.client.model.PortalToken;

/**
 * Links that give a customer read-only access to Monigo's hosted portal: {@code /v1/portal/tokens}.
 * A token is a bearer secret: hand its {@code portal_url} to the customer only, and revoke it when it
 * must stop working.
 */
public final class PortalTokenService {

	private static final String ONE = "token";

	private static final String MANY = "tokens";

	private final MonigoTransport transport;

	public PortalTokenService(MonigoTransport transport) {
		this.transport = transport;
	}

	public Mono<PortalToken> create(CreatePortalTokenRequest request) {
		return create(request, RequestOptions.none());
	}

	public Mono<PortalToken> create(CreatePortalTokenRequest request, RequestOptions options) {
		return this.transport.object(ApiRequest.post("/v1/portal/tokens").body(request), options, ONE,
				PortalToken.class);
	}

	/**
	 * The customer's portal tokens.
	 * @param customerId the customer's Monigo id or its {@code external_id}
	 */
	public Flux<PortalToken> list(String customerId) {
		return list(customerId, RequestOptions.none());
	}

	/**
	 * The customer's portal tokens.
	 * @param customerId the customer's Monigo id or its {@code external_id}
	 */
	public Flux<PortalToken> list(String customerId, RequestOptions options) {
		ApiRequest request = ApiRequest.get("/v1/portal/tokens")
			.query("customer_id", requireCustomerId(customerId));
		return this.transport.list(request, options, MANY, PortalToken.class);
	}

	/** Revokes the token at once: the customer's next portal request is refused. */
	public Mono<Void> revoke(String tokenId) {
		return revoke(tokenId, RequestOptions.none());
	}

	/** Revokes the token at once: the customer's next portal request is refused. */
	public Mono<Void> revoke(String tokenId, RequestOptions options) {
		return this.transport.noContent(ApiRequest.delete("/v1/portal/tokens/{}", tokenId), options);
	}

	private static String requireCustomerId(String customerId) {
		if (customerId == null || customerId.isBlank()) {
			throw new IllegalArgumentException("customer_id is required and must not be blank");
		}
		return customerId;
	}

}
