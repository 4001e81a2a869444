package co.monigo.test.emulator;

import org.junit.jupiter.api.Test;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.CreatePayoutAccountRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.PayoutAccount;
import co.monigo.client.model.PayoutMethod;
import co.monigo.client.model.UpdatePayoutAccountRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PayoutAccountEmulationTests extends EmulatorTestSupport {

	@Test
	void bankAccountIsCreatedUnderItsCustomer() {
		Customer ada = customer("ada");

		PayoutAccount account = await(this.monigo.payoutAccounts()
			.create(ada.id(), CreatePayoutAccountRequest.bankTransfer("Ada L.", "058", "0123456789").withBankName("GTBank")));

		assertThat(account.id()).matches(UUID_PATTERN);
		assertThat(account.customerId()).isEqualTo(ada.id());
		assertThat(account.payoutMethod()).isEqualTo(PayoutMethod.BANK_TRANSFER);
		assertThat(account.bankName()).isEqualTo("GTBank");
		assertThat(account.currency()).isEqualTo("NGN");
		assertThat(account.isDefault()).isFalse();
	}

	@Test
	void accountsAreListedReadUpdatedAndDeleted() {
		Customer ada = customer("ada");
		PayoutAccount account = await(this.monigo.payoutAccounts()
			.create(ada.id(), CreatePayoutAccountRequest.mobileMoney("Ada", "+2348012345678")));

		assertThat(all(this.monigo.payoutAccounts().list(ada.id()))).containsExactly(account);
		assertThat(await(this.monigo.payoutAccounts().get(ada.id(), account.id()))).isEqualTo(account);
		PayoutAccount renamed = await(this.monigo.payoutAccounts()
			.update(ada.id(), account.id(), UpdatePayoutAccountRequest.empty().withAccountName("Ada Lovelace")));
		assertThat(renamed.accountName()).isEqualTo("Ada Lovelace");
		assertThat(renamed.mobileMoneyNumber()).isEqualTo("+2348012345678");
		await(this.monigo.payoutAccounts().delete(ada.id(), account.id()));
		assertThat(all(this.monigo.payoutAccounts().list(ada.id()))).isEmpty();
	}

	@Test
	void newDefaultAccountUnsetsTheOldDefault() {
		Customer ada = customer("ada");
		PayoutAccount first = await(this.monigo.payoutAccounts()
			.create(ada.id(), CreatePayoutAccountRequest.bankTransfer("Ada", "058", "1").withDefault(true)));
		await(this.monigo.payoutAccounts()
			.create(ada.id(), CreatePayoutAccountRequest.bankTransfer("Ada", "044", "2").withDefault(true)));

		assertThat(await(this.monigo.payoutAccounts().get(ada.id(), first.id())).isDefault()).isFalse();
	}

	@Test
	void accountsOfAnUnknownCustomerAreNotFound() {
		assertThat(failure(this.monigo.payoutAccounts()
			.create("cus_none", CreatePayoutAccountRequest.mobileMoney("X", "+234"))).isNotFound()).isTrue();
		assertThat(failure(this.monigo.payoutAccounts().list("cus_none").collectList()).isNotFound()).isTrue();
	}

	@Test
	void accountOfAnotherCustomerIsNotFound() {
		Customer ada = customer("ada");
		Customer bob = customer("bob");
		PayoutAccount adas = await(
				this.monigo.payoutAccounts().create(ada.id(), CreatePayoutAccountRequest.mobileMoney("Ada", "+234")));

		assertThat(failure(this.monigo.payoutAccounts().get(bob.id(), adas.id())).isNotFound()).isTrue();
	}

	@Test
	void switchingToBankTransferWithoutBankDetailsIsRefused() {
		Customer ada = customer("ada");
		PayoutAccount account = await(
				this.monigo.payoutAccounts().create(ada.id(), CreatePayoutAccountRequest.mobileMoney("Ada", "+234")));

		MonigoApiException refused = failure(this.monigo.payoutAccounts()
			.update(ada.id(), account.id(), UpdatePayoutAccountRequest.empty().withPayoutMethod(PayoutMethod.BANK_TRANSFER)));

		assertThat(refused.isValidationError()).isTrue();
		assertThat(refused.details()).containsKey("bank_code");
	}

	@Test
	void bankAccountWithoutAccountNumberIsRefusedWithFieldDetails() {
		Customer ada = customer("ada");

		RawResponse response = raw("POST", "/v1/customers/" + ada.id() + "/payout-accounts", TEST_KEY,
				"{\"account_name\": \"Ada\", \"payout_method\": \"bank_transfer\", \"bank_code\": \"058\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("details").has("account_number")).isTrue();
	}

}
