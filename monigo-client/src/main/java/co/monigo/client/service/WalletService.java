package co.monigo.client.service;

import java.util.Objects;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.internal.ApiRequest;
import co.monigo.client.internal.MonigoTransport;
import co.monigo.client.model.CreateVirtualAccountRequest;
import co.monigo.client.model.CreateWalletRequest;
import co.monigo.client.model.CustomerWallet;
import co.monigo.client.model.VirtualAccount;
import co.monigo.client.model.VirtualAccountProvider;
import co.monigo.client.model.WalletCredit;
import co.monigo.client.model.WalletDebit;
import co.monigo.client.model.WalletDetails;
import co.monigo.client.model.WalletOperationResult;
import co.monigo.client.model.WalletTransactionPage;

/**
 * Customer wallets, their ledger and the virtual accounts that fund them: {@code /v1/wallets}.
 * A credit or debit is sent with its body's {@code idempotency_key} as the {@code Idempotency-Key}
 * header, so retrying it (by the client or by the caller, with the same body) never moves money twice.
 */
public final class WalletService {

	/** The page size of {@link #transactions(String)}, the server's default. */
	public static final int DEFAULT_TRANSACTION_LIMIT = 25;

	/** The largest page of transactions the server serves. */
	public static final int MAX_TRANSACTION_LIMIT = 100;

	private static final String ONE = "wallet";

	private static final String MANY = "wallets";

	private static final String VIRTUAL_ACCOUNT = "virtual_account";

	private static final String VIRTUAL_ACCOUNTS = "virtual_accounts";

	private final MonigoTransport transport;

	public WalletService(MonigoTransport transport) {
		this.transport = transport;
	}

	/** The customer's wallet in this currency, created if it does not exist yet. */
	public Mono<CustomerWallet> getOrCreate(String customerId, String currency) {
		return getOrCreate(customerId, currency, RequestOptions.none());
	}

	/** The customer's wallet in this currency, created if it does not exist yet. */
	public Mono<CustomerWallet> getOrCreate(String customerId, String currency, RequestOptions options) {
		ApiRequest request = ApiRequest.post("/v1/wallets").body(CreateWalletRequest.of(customerId, currency));
		return this.transport.object(request, options, ONE, CustomerWallet.class);
	}

	/** Every wallet of the organisation. */
	public Flux<CustomerWallet> list() {
		return list(RequestOptions.none());
	}

	/** Every wallet of the organisation. */
	public Flux<CustomerWallet> list(RequestOptions options) {
		return this.transport.list(ApiRequest.get("/v1/wallets"), options, MANY, CustomerWallet.class);
	}

	/**
	 * The wallets of one customer, filtered with the {@code customer_id} query parameter.
	 * @param customerId the customer's Monigo id or its {@code external_id}
	 */
	public Flux<CustomerWallet> list(String customerId) {
		return list(customerId, RequestOptions.none());
	}

	/**
	 * The wallets of one customer, filtered with the {@code customer_id} query parameter.
	 * @param customerId the customer's Monigo id or its {@code external_id}
	 */
	public Flux<CustomerWallet> list(String customerId, RequestOptions options) {
		ApiRequest request = ApiRequest.get("/v1/wallets").query("customer_id", requireCustomerId(customerId));
		return this.transport.list(request, options, MANY, CustomerWallet.class);
	}

	/** The wallets of one customer, from {@code /v1/customers/{customer_id}/wallets}. */
	public Flux<CustomerWallet> listForCustomer(String customerId) {
		return listForCustomer(customerId, RequestOptions.none());
	}

	/** The wallets of one customer, from {@code /v1/customers/{customer_id}/wallets}. */
	public Flux<CustomerWallet> listForCustomer(String customerId, RequestOptions options) {
		return this.transport.list(ApiRequest.get("/v1/customers/{}/wallets", customerId), options, MANY,
				CustomerWallet.class);
	}

	/** The wallet with its virtual accounts. */
	public Mono<WalletDetails> get(String walletId) {
		return get(walletId, RequestOptions.none());
	}

	/** The wallet with its virtual accounts. */
	public Mono<WalletDetails> get(String walletId, RequestOptions options) {
		return this.transport.whole(ApiRequest.get("/v1/wallets/{}", walletId), options, WalletDetails.class);
	}

	/**
	 * Adds money to the wallet. The {@code Idempotency-Key} header is the credit's
	 * {@code idempotency_key}, unless {@code options} carry a key of their own.
	 */
	public Mono<WalletOperationResult> credit(String walletId, WalletCredit credit) {
		return credit(walletId, credit, RequestOptions.none());
	}

	/**
	 * Adds money to the wallet. The {@code Idempotency-Key} header is the credit's
	 * {@code idempotency_key}, unless {@code options} carry a key of their own.
	 */
	public Mono<WalletOperationResult> credit(String walletId, WalletCredit credit, RequestOptions options) {
		Objects.requireNonNull(credit, "credit must not be null");
		return this.transport.whole(ApiRequest.post("/v1/wallets/{}/credit", walletId).body(credit),
				keyedBy(credit.idempotencyKey(), options), WalletOperationResult.class);
	}

	/**
	 * Takes money from the wallet; more than the balance fails with a
	 * {@link co.monigo.client.error.MonigoApiException} of status 402. The {@code Idempotency-Key} header is
	 * the debit's {@code idempotency_key}, unless {@code options} carry a key of their own.
	 */
	public Mono<WalletOperationResult> debit(String walletId, WalletDebit debit) {
		return debit(walletId, debit, RequestOptions.none());
	}

	/**
	 * Takes money from the wallet; more than the balance fails with a
	 * {@link co.monigo.client.error.MonigoApiException} of status 402. The {@code Idempotency-Key} header is
	 * the debit's {@code idempotency_key}, unless {@code options} carry a key of their own.
	 */
	public Mono<WalletOperationResult> debit(String walletId, WalletDebit debit, RequestOptions options) {
		Objects.requireNonNull(debit, "debit must not be null");
		return this.transport.whole(ApiRequest.post("/v1/wallets/{}/debit", walletId).body(debit),
				keyedBy(debit.idempotencyKey(), options), WalletOperationResult.class);
	}

	/** The first {@value #DEFAULT_TRANSACTION_LIMIT} ledger entries of the wallet. */
	public Mono<WalletTransactionPage> transactions(String walletId) {
		return transactions(walletId, DEFAULT_TRANSACTION_LIMIT, 0);
	}

	/**
	 * One page of the wallet's ledger entries.
	 * @param limit the page size, 1 to {@value #MAX_TRANSACTION_LIMIT}
	 * @param offset how many entries to skip, 0 or more
	 */
	public Mono<WalletTransactionPage> transactions(String walletId, int limit, int offset) {
		return transactions(walletId, limit, offset, RequestOptions.none());
	}

	/**
	 * One page of the wallet's ledger entries.
	 * @param limit the page size, 1 to {@value #MAX_TRANSACTION_LIMIT}
	 * @param offset how many entries to skip, 0 or more
	 */
	public Mono<WalletTransactionPage> transactions(String walletId, int limit, int offset, RequestOptions options) {
		if (limit < 1 || limit > MAX_TRANSACTION_LIMIT) {
			throw new IllegalArgumentException(
					"limit must be between 1 and " + MAX_TRANSACTION_LIMIT + ", was " + limit);
		}
		if (offset < 0) {
			throw new IllegalArgumentException("offset must not be negative, was " + offset);
		}
		ApiRequest request = ApiRequest.get("/v1/wallets/{}/transactions", walletId)
			.query("limit", limit)
			.query("offset", offset);
		return this.transport.whole(request, options, WalletTransactionPage.class);
	}

	/** Has the provider issue a bank account whose deposits fund the wallet. */
	public Mono<VirtualAccount> createVirtualAccount(String walletId, VirtualAccountProvider provider,
			String currency) {
		return createVirtualAccount(walletId, provider, currency, RequestOptions.none());
	}

	/** Has the provider issue a bank account whose deposits fund the wallet. */
	public Mono<VirtualAccount> createVirtualAccount(String walletId, VirtualAccountProvider provider, String currency,
			RequestOptions options) {
		ApiRequest request = ApiRequest.post("/v1/wallets/{}/virtual-accounts", walletId)
			.body(CreateVirtualAccountRequest.of(provider, currency));
		return this.transport.object(request, options, VIRTUAL_ACCOUNT, VirtualAccount.class);
	}

	public Flux<VirtualAccount> listVirtualAccounts(String walletId) {
		return listVirtualAccounts(walletId, RequestOptions.none());
	}

	public Flux<VirtualAccount> listVirtualAccounts(String walletId, RequestOptions options) {
		return this.transport.list(ApiRequest.get("/v1/wallets/{}/virtual-accounts", walletId), options,
				VIRTUAL_ACCOUNTS, VirtualAccount.class);
	}

	/** The caller's options, with the body's key as the idempotency key unless they already carry one. */
	private static RequestOptions keyedBy(String idempotencyKey, RequestOptions options) {
		return options.idempotencyKeyOverride().isPresent() ? options : options.withIdempotencyKey(idempotencyKey);
	}

	private static String requireCustomerId(String customerId) {
		if (customerId == null || customerId.isBlank()) {
			throw new IllegalArgumentException("customer_id is required and must not be blank");
		}
		return customerId;
	}

}
