package co.monigo.client.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.CustomerWallet;
import co.monigo.client.model.LedgerDirection;
import co.monigo.client.model.LedgerEntry;
import co.monigo.client.model.LedgerEntryType;
import co.monigo.client.model.VirtualAccount;
import co.monigo.client.model.VirtualAccountProvider;
import co.monigo.client.model.WalletCredit;
import co.monigo.client.model.WalletDebit;
import co.monigo.client.model.WalletDetails;
import co.monigo.client.model.WalletOperationResult;
import co.monigo.client.model.WalletTransactionPage;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WalletServiceContractTest extends ContractTestSupport {

	private static final String WALLET = """
			{"id": "wal_1", "customer_id": "cus_1", "org_id": "org_1", "currency": "NGN",
			 "balance": "1500.00", "reserved_balance": "0.000000",
			 "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-03T10:00:00Z",
			 "status": "active"}""";

	private static final String USD_WALLET = """
			{"id": "wal_2", "customer_id": "cus_1", "org_id": "org_1", "currency": "USD",
			 "balance": "0", "reserved_balance": "0",
			 "created_at": "2026-02-05T10:00:00Z", "updated_at": "2026-02-05T10:00:00Z"}""";

	private static final String VIRTUAL_ACCOUNT = """
			{"id": "va_1", "customer_id": "cus_1", "wallet_id": "wal_1", "org_id": "org_1", "provider": "paystack",
			 "account_number": "1234567890", "account_name": "Acme Corp", "bank_name": "Wema Bank",
			 "bank_code": "035", "currency": "NGN", "provider_ref": "DVA_123", "is_active": true,
			 "metadata": {"assigned_by": "api"},
			 "created_at": "2026-02-02T10:00:00Z", "updated_at": "2026-02-02T10:00:00Z",
			 "split_code": "SPL_1"}""";

	private static final String NEW_PROVIDER_ACCOUNT = """
			{"id": "va_2", "customer_id": "cus_1", "wallet_id": "wal_1", "org_id": "org_1", "provider": "opay",
			 "account_number": "0987654321", "account_name": "Acme Corp", "bank_name": "OPay",
			 "bank_code": "999992", "currency": "NGN", "provider_ref": "OP_9", "is_active": false,
			 "created_at": "2026-02-04T10:00:00Z", "updated_at": "2026-02-04T10:00:00Z"}""";

	private static final String CREDIT_ENTRY = """
			{"id": "le_1", "org_id": "org_1", "transaction_id": "txn_1", "wallet_id": "wal_1",
			 "account_type": "customer_wallet", "account_id": "wal_1", "direction": "credit",
			 "amount": "1500.00", "currency": "NGN", "balance_before": "0.00", "balance_after": "1500.00",
			 "description": "Top-up", "entry_type": "deposit", "reference_type": "payment",
			 "reference_id": "pay_1", "idempotency_key": "3f1c2a9e-8b7d-4c5e-9f10-2a3b4c5d6e7f",
			 "metadata": {"channel": "bank_transfer"}, "created_at": "2026-02-03T10:00:00Z",
			 "posted_by": "system"}""";

	private static final String SYSTEM_ENTRY = """
			{"id": "le_2", "org_id": "org_1", "transaction_id": "txn_1",
			 "account_type": "system_clearing", "account_id": "clr_ngn", "direction": "contra",
			 "amount": "1500.00", "currency": "NGN", "balance_before": "10000.00", "balance_after": "8500.00",
			 "description": "Top-up", "entry_type": "cashback", "reference_type": "payment",
			 "reference_id": "pay_1", "idempotency_key": "3f1c2a9e-8b7d-4c5e-9f10-2a3b4c5d6e7f",
			 "created_at": "2026-02-03T10:00:00Z"}""";

	private static final String DEBIT_ENTRY = """
			{"id": "le_3", "org_id": "org_1", "transaction_id": "txn_2", "wallet_id": "wal_1",
			 "account_type": "customer_wallet", "account_id": "wal_1", "direction": "debit",
			 "amount": "250.50", "currency": "NGN", "balance_before": "1500.00", "balance_after": "1249.50",
			 "description": "API calls, March", "entry_type": "usage", "reference_type": "usage_event",
			 "reference_id": "evt_1", "idempotency_key": "usage_evt_1", "metadata": null,
			 "created_at": "2026-02-04T10:00:00Z"}""";

	private static final CustomerWallet EXPECTED_WALLET = new CustomerWallet("wal_1", "cus_1", "org_1", "NGN",
			new BigDecimal("1500.00"), new BigDecimal("0.000000"), Instant.parse("2026-02-01T10:00:00Z"),
			Instant.parse("2026-02-03T10:00:00Z"));

	private static final String CREDIT_KEY = "3f1c2a9e-8b7d-4c5e-9f10-2a3b4c5d6e7f";

	private static WalletCredit topUp() {
		return WalletCredit.of(new BigDecimal("1500.00"), "NGN", "Top-up", LedgerEntryType.DEPOSIT, "payment",
				"pay_1", CREDIT_KEY);
	}

	private static WalletDebit usageCharge(String amount) {
		return WalletDebit.of(new BigDecimal(amount), "NGN", "API calls, March", LedgerEntryType.USAGE, "usage_event",
				"evt_1", "usage_evt_1");
	}

	@Test
	void getOrCreatePostsTheCustomerAndCurrencyAndKeepsTheBalancesScale() {
		wireMock.stubFor(post("/v1/wallets").willReturn(okJson("{\"wallet\": " + WALLET + "}")));

		CustomerWallet wallet = this.client.wallets().getOrCreate("cus_1", "NGN").block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/wallets")))
			.withRequestBody(equalToJson("{\"customer_id\": \"cus_1\", \"currency\": \"NGN\"}")));
		assertThat(wallet).isEqualTo(EXPECTED_WALLET);
		assertThat(wallet.balance().toPlainString()).isEqualTo("1500.00");
		assertThat(wallet.reservedBalance().toPlainString()).isEqualTo("0.000000");
	}

	@Test
	void getOrCreateRefusesABlankCurrencyNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.wallets().getOrCreate("cus_1", " "))
			.withMessage("currency is required and must not be blank");
		wireMock.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void listReadsEveryWalletOfTheOrganisationWithoutAFilter() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/wallets"))
			.willReturn(okJson("{\"wallets\": [" + WALLET + ", " + USD_WALLET + "], \"count\": 2}")));

		List<CustomerWallet> wallets = this.client.wallets().list().collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/wallets"))));
		assertThat(wallets).containsExactly(EXPECTED_WALLET, new CustomerWallet("wal_2", "cus_1", "org_1", "USD",
				BigDecimal.ZERO, BigDecimal.ZERO, Instant.parse("2026-02-05T10:00:00Z"),
				Instant.parse("2026-02-05T10:00:00Z")));
	}

	@Test
	void listOfOneCustomerSendsTheEncodedCustomerIdAsAQueryParameter() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/wallets"))
			.willReturn(okJson("{\"wallets\": [" + WALLET + "], \"count\": 1}")));

		List<CustomerWallet> wallets = this.client.wallets().list("user 42&x").collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/wallets?customer_id=user%2042%26x")))
			.withQueryParam("customer_id", equalTo("user 42&x")));
		assertThat(wallets).containsExactly(EXPECTED_WALLET);
	}

	@Test
	void listForCustomerReadsTheCustomersWalletsFromItsOwnPath() {
		wireMock.stubFor(get(urlEqualTo("/v1/customers/cus_1/wallets"))
			.willReturn(okJson("{\"wallets\": [" + WALLET + ", " + USD_WALLET + "], \"count\": 2}")));

		List<CustomerWallet> wallets = this.client.wallets().listForCustomer("cus_1").collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/customers/cus_1/wallets"))));
		assertThat(wallets).extracting(CustomerWallet::currency).containsExactly("NGN", "USD");
	}

	@Test
	void getReadsTheWalletWithItsVirtualAccounts() {
		wireMock.stubFor(get(urlEqualTo("/v1/wallets/wal_1")).willReturn(okJson("{\"wallet\": " + WALLET
				+ ", \"virtual_accounts\": [" + VIRTUAL_ACCOUNT + ", " + NEW_PROVIDER_ACCOUNT + "]}")));

		WalletDetails details = this.client.wallets().get("wal_1").block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/wallets/wal_1"))));
		assertThat(details.wallet()).isEqualTo(EXPECTED_WALLET);
		assertThat(details.virtualAccounts()).containsExactly(
				new VirtualAccount("va_1", "cus_1", "wal_1", "org_1", VirtualAccountProvider.PAYSTACK, "1234567890",
						"Acme Corp", "Wema Bank", "035", "NGN", "DVA_123", true, Map.of("assigned_by", "api"),
						Instant.parse("2026-02-02T10:00:00Z"), Instant.parse("2026-02-02T10:00:00Z")),
				new VirtualAccount("va_2", "cus_1", "wal_1", "org_1", VirtualAccountProvider.UNKNOWN, "0987654321",
						"Acme Corp", "OPay", "999992", "NGN", "OP_9", false, null,
						Instant.parse("2026-02-04T10:00:00Z"), Instant.parse("2026-02-04T10:00:00Z")));
	}

	@Test
	void getReadsAWalletWithoutVirtualAccountsAsAnEmptyList() {
		wireMock.stubFor(get(urlEqualTo("/v1/wallets/wal_1")).willReturn(okJson("{\"wallet\": " + WALLET + "}")));

		WalletDetails details = this.client.wallets().get("wal_1").block(WAIT);

		assertThat(details.virtualAccounts()).isEmpty();
	}

	@Test
	void creditPostsTheAmountAsADecimalStringWithTheBodysKeyAsIdempotencyKey() {
		wireMock.stubFor(post("/v1/wallets/wal_1/credit").willReturn(okJson("{\"wallet\": " + WALLET
				+ ", \"ledger_entries\": [" + CREDIT_ENTRY + ", " + SYSTEM_ENTRY + "]}")));

		WalletOperationResult result = this.client.wallets()
			.credit("wal_1", topUp().withProviderId("PSK_TRX_77"))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/wallets/wal_1/credit")))
			.withHeader("Idempotency-Key", equalTo(CREDIT_KEY))
			.withRequestBody(equalToJson("""
					{"amount": "1500.00", "currency": "NGN", "description": "Top-up", "entry_type": "deposit",
					 "reference_type": "payment", "reference_id": "pay_1", "idempotency_key": "%s",
					 "provider_id": "PSK_TRX_77"}""".formatted(CREDIT_KEY))));
		assertThat(result.wallet()).isEqualTo(EXPECTED_WALLET);
		assertThat(result.ledgerEntries()).containsExactly(
				new LedgerEntry("le_1", "org_1", "txn_1", "wal_1", "customer_wallet", "wal_1", LedgerDirection.CREDIT,
						new BigDecimal("1500.00"), "NGN", new BigDecimal("0.00"), new BigDecimal("1500.00"), "Top-up",
						LedgerEntryType.DEPOSIT, "payment", "pay_1", CREDIT_KEY, Map.of("channel", "bank_transfer"),
						Instant.parse("2026-02-03T10:00:00Z")),
				new LedgerEntry("le_2", "org_1", "txn_1", null, "system_clearing", "clr_ngn", LedgerDirection.UNKNOWN,
						new BigDecimal("1500.00"), "NGN", new BigDecimal("10000.00"), new BigDecimal("8500.00"),
						"Top-up", LedgerEntryType.UNKNOWN, "payment", "pay_1", CREDIT_KEY, null,
						Instant.parse("2026-02-03T10:00:00Z")));
		assertThat(result.ledgerEntries().get(0).balanceBefore().toPlainString()).isEqualTo("0.00");
	}

	@Test
	void creditWithoutAProviderIdLeavesTheFieldOut() {
		wireMock.stubFor(post("/v1/wallets/wal_1/credit")
			.willReturn(okJson("{\"wallet\": " + WALLET + ", \"ledger_entries\": [" + CREDIT_ENTRY + "]}")));

		this.client.wallets().credit("wal_1", topUp()).block(WAIT);

		wireMock.verify(postRequestedFor(urlEqualTo("/v1/wallets/wal_1/credit")).withRequestBody(equalToJson("""
				{"amount": "1500.00", "currency": "NGN", "description": "Top-up", "entry_type": "deposit",
				 "reference_type": "payment", "reference_id": "pay_1", "idempotency_key": "%s"}"""
			.formatted(CREDIT_KEY))));
	}

	@Test
	void creditKeepsTheIdempotencyKeyTheCallerChose() {
		wireMock.stubFor(post("/v1/wallets/wal_1/credit")
			.willReturn(okJson("{\"wallet\": " + WALLET + ", \"ledger_entries\": []}")));

		WalletOperationResult result = this.client.wallets()
			.credit("wal_1", topUp(), RequestOptions.idempotencyKey("caller-key-1"))
			.block(WAIT);

		wireMock.verify(postRequestedFor(urlEqualTo("/v1/wallets/wal_1/credit"))
			.withHeader("Idempotency-Key", equalTo("caller-key-1"))
			.withRequestBody(matching(".*\"idempotency_key\":\"" + CREDIT_KEY + "\".*")));
		assertThat(result.ledgerEntries()).isEmpty();
	}

	@Test
	void debitPostsTheAmountAsADecimalStringWithTheBodysKeyAsIdempotencyKey() {
		wireMock.stubFor(post("/v1/wallets/wal_1/debit").willReturn(okJson("{\"wallet\": " + WALLET.replace(
				"\"1500.00\"", "\"1249.50\"") + ", \"ledger_entries\": [" + DEBIT_ENTRY + "], \"receipt\": {}}")));

		WalletOperationResult result = this.client.wallets().debit("wal_1", usageCharge("250.50")).block(WAIT);

		wireMock.verify(withCommonHeaders(postRequestedFor(urlEqualTo("/v1/wallets/wal_1/debit")))
			.withHeader("Idempotency-Key", equalTo("usage_evt_1"))
			.withHeader("Content-Type", matching("application/json.*"))
			.withRequestBody(equalToJson("""
					{"amount": "250.50", "currency": "NGN", "description": "API calls, March",
					 "entry_type": "usage", "reference_type": "usage_event", "reference_id": "evt_1",
					 "idempotency_key": "usage_evt_1"}""")));
		assertThat(result.wallet().balance().toPlainString()).isEqualTo("1249.50");
		LedgerEntry entry = result.ledgerEntries().get(0);
		assertThat(entry.direction()).isEqualTo(LedgerDirection.DEBIT);
		assertThat(entry.entryType()).isEqualTo(LedgerEntryType.USAGE);
		assertThat(entry.amount().toPlainString()).isEqualTo("250.50");
		assertThat(entry.balanceAfter().toPlainString()).isEqualTo("1249.50");
		assertThat(entry.metadata()).isNull();
	}

	@Test
	void debitLargerThanTheBalanceFailsWithStatus402AndTheServersMessage() {
		wireMock.stubFor(post("/v1/wallets/wal_1/debit").willReturn(aResponse().withStatus(402)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": \"insufficient wallet balance\"}")));

		assertThatThrownBy(() -> this.client.wallets().debit("wal_1", usageCharge("999999.00")).block(WAIT))
			.isInstanceOfSatisfying(MonigoApiException.class, (failure) -> {
				assertThat(failure.status()).isEqualTo(402);
				assertThat(failure.isQuotaExceeded()).isTrue();
				assertThat(failure.serverMessage()).isEqualTo("insufficient wallet balance");
			});
		wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/wallets/wal_1/debit"))
			.withHeader("Idempotency-Key", equalTo("usage_evt_1"))
			.withRequestBody(matching(".*\"amount\":\"999999.00\".*")));
	}

	@Test
	void transactionsAsksForThePageAndReadsItsEntriesAndTotals() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/wallets/wal_1/transactions")).willReturn(okJson("{\"transactions\": ["
				+ DEBIT_ENTRY + ", " + SYSTEM_ENTRY + "], \"total\": 42, \"limit\": 10, \"offset\": 20, \"next\": null}")));

		WalletTransactionPage page = this.client.wallets().transactions("wal_1", 10, 20).block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/wallets/wal_1/transactions?limit=10&offset=20"))));
		assertThat(page.transactions()).extracting(LedgerEntry::id).containsExactly("le_3", "le_2");
		assertThat(page.transactions().get(1).walletId()).isNull();
		assertThat(page.transactions().get(1).entryType()).isEqualTo(LedgerEntryType.UNKNOWN);
		assertThat(page.total()).isEqualTo(42);
		assertThat(page.limit()).isEqualTo(10);
		assertThat(page.offset()).isEqualTo(20);
		assertThat(page.hasMore()).isTrue();
	}

	@Test
	void transactionsWithoutAPageAsksForTheFirst25() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/wallets/wal_1/transactions"))
			.willReturn(okJson("{\"transactions\": [], \"total\": 0, \"limit\": 25, \"offset\": 0}")));

		WalletTransactionPage page = this.client.wallets().transactions("wal_1").block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/wallets/wal_1/transactions?limit=25&offset=0"))));
		assertThat(page.transactions()).isEmpty();
		assertThat(page.hasMore()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "0, 0, 'limit must be between 1 and 100, was 0'",
			"101, 0, 'limit must be between 1 and 100, was 101'", "25, -1, 'offset must not be negative, was -1'" })
	void transactionsRefusesAPageOutsideTheServersBoundsBeforeSendingAnything(int limit, int offset,
			String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.wallets().transactions("wal_1", limit, offset))
			.withMessage(message);
		wireMock.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void createVirtualAccountPostsTheProviderAndCurrency() {
		wireMock.stubFor(post("/v1/wallets/wal_1/virtual-accounts")
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"virtual_account\": " + VIRTUAL_ACCOUNT + "}")));

		VirtualAccount account = this.client.wallets()
			.createVirtualAccount("wal_1", VirtualAccountProvider.PAYSTACK, "NGN")
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/wallets/wal_1/virtual-accounts")))
			.withRequestBody(equalToJson("{\"provider\": \"paystack\", \"currency\": \"NGN\"}")));
		assertThat(account.provider()).isEqualTo(VirtualAccountProvider.PAYSTACK);
		assertThat(account.accountNumber()).isEqualTo("1234567890");
		assertThat(account.isActive()).isTrue();
	}

	@Test
	void createVirtualAccountRefusesTheUnknownProvider() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.wallets()
				.createVirtualAccount("wal_1", VirtualAccountProvider.UNKNOWN, "NGN"))
			.withMessage("provider must be a value the API knows, not UNKNOWN");
		wireMock.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void listVirtualAccountsReadsEveryAccountOfTheWallet() {
		wireMock.stubFor(get(urlEqualTo("/v1/wallets/wal_1/virtual-accounts")).willReturn(okJson(
				"{\"virtual_accounts\": [" + VIRTUAL_ACCOUNT + ", " + NEW_PROVIDER_ACCOUNT + "], \"count\": 2}")));

		List<VirtualAccount> accounts = this.client.wallets().listVirtualAccounts("wal_1").collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/wallets/wal_1/virtual-accounts"))));
		assertThat(accounts).extracting(VirtualAccount::provider)
			.containsExactly(VirtualAccountProvider.PAYSTACK, VirtualAccountProvider.UNKNOWN);
		assertThat(accounts.get(1).metadata()).isNull();
		assertThat(accounts.get(1).isActive()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "0, 'amount must be positive, was 0'", "-0.01, 'amount must be positive, was -0.01'" })
	void walletOperationsRefuseAnAmountThatIsNotPositive(String amount, String message) {
		BigDecimal value = new BigDecimal(amount);
		assertThatIllegalArgumentException().isThrownBy(() -> usageCharge(amount)).withMessage(message);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WalletCredit.of(value, "NGN", "Top-up", LedgerEntryType.DEPOSIT, "payment", "pay_1", "k"))
			.withMessage(message);
	}

	@Test
	void walletOperationsNameEachMissingField() {
		BigDecimal one = BigDecimal.ONE;
		LedgerEntryType usage = LedgerEntryType.USAGE;
		assertThatIllegalArgumentException().isThrownBy(() -> WalletDebit.of(null, "NGN", "d", usage, "t", "r", "k"))
			.withMessage("amount is required");
		assertThatIllegalArgumentException().isThrownBy(() -> WalletDebit.of(one, "", "d", usage, "t", "r", "k"))
			.withMessage("currency is required and must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> WalletDebit.of(one, "NGN", " ", usage, "t", "r", "k"))
			.withMessage("description is required and must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> WalletDebit.of(one, "NGN", "d", null, "t", "r", "k"))
			.withMessage("entry_type is required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WalletDebit.of(one, "NGN", "d", LedgerEntryType.UNKNOWN, "t", "r", "k"))
			.withMessage("entry_type must be a value the API knows, not UNKNOWN");
		assertThatIllegalArgumentException().isThrownBy(() -> WalletDebit.of(one, "NGN", "d", usage, null, "r", "k"))
			.withMessage("reference_type is required and must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> WalletDebit.of(one, "NGN", "d", usage, "t", "", "k"))
			.withMessage("reference_id is required and must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> WalletDebit.of(one, "NGN", "d", usage, "t", "r", " "))
			.withMessage("idempotency_key is required and must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WalletCredit.of(one, "NGN", "d", LedgerEntryType.DEPOSIT, "t", "r", null))
			.withMessage("idempotency_key is required and must not be blank");
	}

}
