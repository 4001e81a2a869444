package co.monigo.test.emulator;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.Customer;
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

import static org.assertj.core.api.Assertions.assertThat;

class WalletEmulationTests extends EmulatorTestSupport {

	private CustomerWallet wallet(Customer customer) {
		return await(this.monigo.wallets().getOrCreate(customer.id(), "NGN"));
	}

	private WalletOperationResult credit(CustomerWallet wallet, String amount, String key) {
		return await(this.monigo.wallets()
			.credit(wallet.id(), WalletCredit.of(new BigDecimal(amount), "NGN", "Top-up", LedgerEntryType.DEPOSIT,
					"manual_credit", "ref-" + key, key)));
	}

	private static WalletDebit debit(String amount, String key) {
		return WalletDebit.of(new BigDecimal(amount), "NGN", "Usage", LedgerEntryType.USAGE, "usage_event", "ref-" + key,
				key);
	}

	@Test
	void walletIsCreatedOncePerCustomerAndCurrency() {
		Customer ada = customer("ada");

		CustomerWallet created = wallet(ada);
		CustomerWallet again = wallet(ada);
		CustomerWallet dollars = await(this.monigo.wallets().getOrCreate(ada.id(), "USD"));

		assertThat(created.id()).matches(UUID_PATTERN);
		assertThat(created.balance()).isEqualByComparingTo("0");
		assertThat(again.id()).isEqualTo(created.id());
		assertThat(dollars.id()).isNotEqualTo(created.id());
	}

	@Test
	void creditAddsToTheBalanceAndWritesBalancedLedgerEntries() {
		CustomerWallet wallet = wallet(customer("ada"));

		WalletOperationResult result = credit(wallet, "500.00", "topup-1");

		assertThat(result.wallet().balance()).isEqualByComparingTo("500.00");
		LedgerEntry entry = result.ledgerEntries().get(0);
		assertThat(entry.walletId()).isEqualTo(wallet.id());
		assertThat(entry.direction()).isEqualTo(LedgerDirection.CREDIT);
		assertThat(entry.balanceBefore()).isEqualByComparingTo("0");
		assertThat(entry.balanceAfter()).isEqualByComparingTo("500.00");
		assertThat(entry.idempotencyKey()).isEqualTo("topup-1");
		assertThat(result.ledgerEntries()).hasSize(2)
			.allSatisfy((each) -> assertThat(each.transactionId()).isEqualTo(entry.transactionId()));
		assertThat(result.ledgerEntries().get(1).direction()).isEqualTo(LedgerDirection.DEBIT);
	}

	@Test
	void debitSubtractsFromTheBalance() {
		CustomerWallet wallet = wallet(customer("ada"));
		credit(wallet, "500.00", "topup-1");

		WalletOperationResult result = await(this.monigo.wallets().debit(wallet.id(), debit("120.50", "use-1")));

		assertThat(result.wallet().balance()).isEqualByComparingTo("379.50");
		assertThat(result.ledgerEntries().get(0).direction()).isEqualTo(LedgerDirection.DEBIT);
		assertThat(result.ledgerEntries().get(0).balanceBefore()).isEqualByComparingTo("500.00");
		assertThat(result.ledgerEntries().get(0).balanceAfter()).isEqualByComparingTo("379.50");
	}

	@Test
	void debitAboveTheBalanceAnswers402AndChangesNothing() {
		CustomerWallet wallet = wallet(customer("ada"));
		credit(wallet, "100.00", "topup-1");

		MonigoApiException refused = failure(this.monigo.wallets().debit(wallet.id(), debit("100.01", "use-1")));

		assertThat(refused.isQuotaExceeded()).isTrue();
		assertThat(await(this.monigo.wallets().get(wallet.id())).wallet().balance()).isEqualByComparingTo("100.00");
	}

	@Test
	void sameIdempotencyKeyTwiceIsAppliedOnce() {
		CustomerWallet wallet = wallet(customer("ada"));

		WalletOperationResult first = credit(wallet, "500.00", "topup-1");
		WalletOperationResult second = credit(wallet, "500.00", "topup-1");

		assertThat(second.wallet().balance()).isEqualByComparingTo("500.00");
		assertThat(second.ledgerEntries()).isEqualTo(first.ledgerEntries());
	}

	@Test
	void sameBodyKeyUnderAnotherRequestKeyIsStillAppliedOnce() {
		CustomerWallet wallet = wallet(customer("ada"));
		credit(wallet, "500.00", "topup-1");

		WalletOperationResult again = await(this.monigo.wallets()
			.credit(wallet.id(), WalletCredit.of(new BigDecimal("500.00"), "NGN", "Top-up", LedgerEntryType.DEPOSIT,
					"manual_credit", "ref", "topup-1"), RequestOptions.idempotencyKey("another-request")));

		assertThat(again.wallet().balance()).isEqualByComparingTo("500.00");
	}

	@Test
	void creditInAnotherCurrencyIsRefused() {
		CustomerWallet wallet = wallet(customer("ada"));

		MonigoApiException refused = failure(this.monigo.wallets()
			.credit(wallet.id(), WalletCredit.of(BigDecimal.TEN, "USD", "Top-up", LedgerEntryType.DEPOSIT, "manual",
					"ref", "k")));

		assertThat(refused.details()).containsKey("currency");
	}

	@Test
	void transactionsAreTheWalletsEntriesNewestFirstInPages() {
		CustomerWallet wallet = wallet(customer("ada"));
		credit(wallet, "100", "a");
		credit(wallet, "200", "b");
		credit(wallet, "300", "c");

		WalletTransactionPage page = await(this.monigo.wallets().transactions(wallet.id(), 2, 0));
		WalletTransactionPage rest = await(this.monigo.wallets().transactions(wallet.id(), 2, 2));

		assertThat(page.total()).isEqualTo(3);
		assertThat(page.transactions()).extracting(LedgerEntry::idempotencyKey).containsExactly("c", "b");
		assertThat(page.hasMore()).isTrue();
		assertThat(rest.transactions()).extracting(LedgerEntry::idempotencyKey).containsExactly("a");
		assertThat(rest.hasMore()).isFalse();
	}

	@Test
	void walletsAreListedByCustomerIdOrExternalId() {
		Customer ada = customer("ada");
		Customer bob = customer("bob");
		CustomerWallet adas = wallet(ada);
		wallet(bob);

		assertThat(all(this.monigo.wallets().list())).hasSize(2);
		assertThat(all(this.monigo.wallets().list("ada"))).containsExactly(adas);
		assertThat(all(this.monigo.wallets().listForCustomer(ada.id()))).containsExactly(adas);
	}

	@Test
	void walletsOfAnUnknownCustomerAreNotFound() {
		assertThat(failure(this.monigo.wallets().getOrCreate("cus_none", "NGN")).isNotFound()).isTrue();
		assertThat(failure(this.monigo.wallets().listForCustomer("cus_none").collectList()).isNotFound()).isTrue();
		assertThat(failure(this.monigo.wallets().get("wal_none")).isNotFound()).isTrue();
	}

	@Test
	void virtualAccountIsIssuedForTheWalletAndShownWithIt() {
		CustomerWallet wallet = wallet(customer("ada"));

		VirtualAccount account = await(
				this.monigo.wallets().createVirtualAccount(wallet.id(), VirtualAccountProvider.PAYSTACK, "NGN"));

		assertThat(account.id()).matches(UUID_PATTERN);
		assertThat(account.walletId()).isEqualTo(wallet.id());
		assertThat(account.accountNumber()).matches("\\d{10}");
		assertThat(account.isActive()).isTrue();
		assertThat(all(this.monigo.wallets().listVirtualAccounts(wallet.id()))).containsExactly(account);
		WalletDetails details = await(this.monigo.wallets().get(wallet.id()));
		assertThat(details.virtualAccounts()).containsExactly(account);
	}

	@Test
	void balancesAndLedgerAmountsAreWrittenAtTheCurrencysMinorUnit() {
		CustomerWallet wallet = await(this.monigo.wallets().getOrCreate(customer("ada").id(), "NGN"));
		assertThat(wallet.balance()).isEqualTo(new BigDecimal("0.00"));

		WalletOperationResult result = credit(wallet, "500", "topup-1");

		assertThat(result.wallet().balance()).isEqualTo(new BigDecimal("500.00"));
		assertThat(result.ledgerEntries()).allSatisfy((entry) -> {
			assertThat(entry.amount()).isEqualTo(new BigDecimal("500.00"));
			assertThat(entry.balanceAfter().scale()).isEqualTo(2);
		});
		RawResponse raw = raw("GET", "/v1/wallets/" + wallet.id(), TEST_KEY, null);
		assertThat(raw.json().get("wallet").get("balance").asString()).isEqualTo("500.00");
	}

	@Test
	void amountWithMoreDecimalsThanTheCurrencyHasIsRefused() {
		CustomerWallet wallet = await(this.monigo.wallets().getOrCreate(customer("ada").id(), "NGN"));

		MonigoApiException refused = failure(this.monigo.wallets()
			.credit(wallet.id(), WalletCredit.of(new BigDecimal("1.005"), "NGN", "Top-up", LedgerEntryType.DEPOSIT,
					"payment", "pay_1", "topup-1")));

		assertThat(refused.isValidationError()).isTrue();
		assertThat(refused.details()).containsKey("amount");
	}

}
