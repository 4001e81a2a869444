package co.monigo.client.service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.internal.ApiRequest;
import co.monigo.client.internal.MonigoTransport;
import co.monigo.client.model.CreatePayoutAccountRequest;
import co.monigo.client.model.PayoutAccount;
import co.monigo.client.model.UpdatePayoutAccountRequest;

/**
 * The accounts a customer is paid out to (bank or mobile money):
 * {@code /v1/customers/{customer_id}/payout-accounts}. Every operation takes Monigo's id of the
 * customer first.
 */
public final class PayoutAccountService {

	private static final String ONE = "payout_account";

	private static final String MANY = "payout_accounts";

	private static final String ACCOUNTS = "/v1/customers/{}/payout-accounts";

	private static final String ACCOUNT = ACCOUNTS + "/{}";

	private final MonigoTransport transport;

	public PayoutAccountService(MonigoTransport transport) {
		this.transport = transport;
	}

	public Mono<PayoutAccount> create(String customerId, CreatePayoutAccountRequest request) {
		return create(customerId, request, RequestOptions.none());
	}

	public Mono<PayoutAccount> create(String customerId, CreatePayoutAccountRequest request,
			RequestOptions options) {
		return this.transport.object(ApiRequest.post(ACCOUNTS, customerId).body(request), options, ONE,
				PayoutAccount.class);
	}

	/** Every payout account of the customer. */
	public Flux<PayoutAccount> list(String customerId) {
		return list(customerId, RequestOptions.none());
	}

	/** Every payout account of the customer. */
	public Flux<PayoutAccount> list(String customerId, RequestOptions options) {
		return this.transport.list(ApiRequest.get(ACCOUNTS, customerId), options, MANY, PayoutAccount.class);
	}

	public Mono<PayoutAccount> get(String customerId, String accountId) {
		return get(customerId, accountId, RequestOptions.none());
	}

	public Mono<PayoutAccount> get(String customerId, String accountId, RequestOptions options) {
		return this.transport.object(ApiRequest.get(ACCOUNT, customerId, accountId), options, ONE,
				PayoutAccount.class);
	}

	public Mono<PayoutAccount> update(String customerId, String accountId, UpdatePayoutAccountRequest request) {
		return update(customerId, accountId, request, RequestOptions.none());
	}

	public Mono<PayoutAccount> update(String customerId, String accountId, UpdatePayoutAccountRequest request,
			RequestOptions options) {
		return this.transport.object(ApiRequest.put(ACCOUNT, customerId, accountId).body(request), options, ONE,
				PayoutAccount.class);
	}

	public Mono<Void> delete(String customerId, String accountId) {
		return delete(customerId, accountId, RequestOptions.none());
	}

	public Mono<Void> delete(String customerId, String accountId, RequestOptions options) {
		return this.transport.noContent(ApiRequest.delete(ACCOUNT, customerId, accountId), options);
	}

}
