package co.monigo.client.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.model.CreatePayoutAccountRequest;
import co.monigo.client.model.PayoutAccount;
import co.monigo.client.model.PayoutMethod;
import co.monigo.client.model.UpdatePayoutAccountRequest;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PayoutAccountServiceContractTest extends ContractTestSupport {

	private static final String BANK_ACCOUNT = """
			{"id": "pa_1", "customer_id": "cus_1", "org_id": "org_1", "account_name": "Ada Lovelace",
			 "bank_name": "Access Bank", "bank_code": "044", "account_number": "0123456789",
			 "payout_method": "bank_transfer", "currency": "NGN", "is_default": true,
			 "metadata": {"source": "onboarding"},
			 "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-02T10:00:00Z",
			 "future_field": {"nested": true}}""";

	private static final String MOBILE_ACCOUNT = """
			{"id": "pa_2", "customer_id": "cus_1", "org_id": "org_1", "account_name": "Ada Lovelace",
			 "mobile_money_number": "+233241234567", "payout_method": "mobile_money", "currency": "GHS",
			 "is_default": false, "metadata": null,
			 "created_at": "2026-02-03T10:00:00Z", "updated_at": "2026-02-03T10:00:00Z"}""";

	private static final String CRYPTO_ACCOUNT = """
			{"id": "pa_3", "customer_id": "cus_1", "org_id": "org_1", "account_name": "Ada Lovelace",
			 "payout_method": "stablecoin", "currency": "USD", "is_default": false,
			 "created_at": "2026-02-04T10:00:00Z", "updated_at": "2026-02-04T10:00:00Z"}""";

	private static String envelope(String account) {
		return "{\"payout_account\": " + account + "}";
	}

	@Test
	void createPostsABankAccountUnderTheCustomerWithIsDefaultInSnakeCase() {
		wireMock.stubFor(post("/v1/customers/cus_1/payout-accounts").willReturn(okJson(envelope(BANK_ACCOUNT))));

		PayoutAccount account = this.client.payoutAccounts()
			.create("cus_1", CreatePayoutAccountRequest.bankTransfer("Ada Lovelace", "044", "0123456789")
				.withBankName("Access Bank")
				.withCurrency("NGN")
				.withDefault(true)
				.withMetadata(Map.of("source", "onboarding")))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/customers/cus_1/payout-accounts")))
			.withRequestBody(equalToJson("""
					{"account_name": "Ada Lovelace", "payout_method": "bank_transfer", "bank_name": "Access Bank",
					 "bank_code": "044", "account_number": "0123456789", "currency": "NGN", "is_default": true,
					 "metadata": {"source": "onboarding"}}""")));
		assertThat(account).isEqualTo(new PayoutAccount("pa_1", "cus_1", "org_1", "Ada Lovelace", "Access Bank",
				"044", "0123456789", null, PayoutMethod.BANK_TRANSFER, "NGN", true, Map.of("source", "onboarding"),
				Instant.parse("2026-02-01T10:00:00Z"), Instant.parse("2026-02-02T10:00:00Z")));
	}

	@Test
	void createPostsAMobileMoneyAccountWithOnlyItsFieldsAndTheCallersIdempotencyKey() {
		wireMock.stubFor(post("/v1/customers/cus_1/payout-accounts").willReturn(okJson(envelope(MOBILE_ACCOUNT))));

		PayoutAccount account = this.client.payoutAccounts()
			.create("cus_1", CreatePayoutAccountRequest.mobileMoney("Ada Lovelace", "+233241234567"),
					RequestOptions.idempotencyKey("payout-cus_1"))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/customers/cus_1/payout-accounts")))
			.withHeader("Idempotency-Key", equalTo("payout-cus_1"))
			.withRequestBody(equalToJson("""
					{"account_name": "Ada Lovelace", "payout_method": "mobile_money",
					 "mobile_money_number": "+233241234567"}""")));
		assertThat(account.payoutMethod()).isEqualTo(PayoutMethod.MOBILE_MONEY);
		assertThat(account.mobileMoneyNumber()).isEqualTo("+233241234567");
		assertThat(account.bankCode()).isNull();
		assertThat(account.isDefault()).isFalse();
		assertThat(account.metadata()).isNull();
	}

	@Test
	void createRequestNamesTheFieldThatIsMissing() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreatePayoutAccountRequest.bankTransfer(" ", "044", "0123456789"))
			.withMessage("account_name is required and must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CreatePayoutAccountRequest("Ada", null, null, null, null, null, null, null, null))
			.withMessage("payout_method is required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreatePayoutAccountRequest.bankTransfer("Ada", "044", ""))
			.withMessage("account_number is required and must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreatePayoutAccountRequest.bankTransfer("Ada", null, "0123456789"))
			.withMessage("bank_code is required and must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreatePayoutAccountRequest.mobileMoney("Ada", null))
			.withMessage("mobile_money_number is required and must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CreatePayoutAccountRequest("Ada", PayoutMethod.UNKNOWN, null, null, null, null,
					null, null, null))
			.withMessageContaining("payout_method");
	}

	@Test
	void listReadsEveryAccountOfTheCustomerAndUnknownMethodsAsUnknown() {
		wireMock.stubFor(get("/v1/customers/cus_1/payout-accounts").willReturn(okJson("{\"payout_accounts\": ["
				+ BANK_ACCOUNT + ", " + MOBILE_ACCOUNT + ", " + CRYPTO_ACCOUNT + "], \"count\": 3}")));

		List<PayoutAccount> accounts = this.client.payoutAccounts().list("cus_1").collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/customers/cus_1/payout-accounts"))));
		assertThat(accounts).extracting(PayoutAccount::id).containsExactly("pa_1", "pa_2", "pa_3");
		assertThat(accounts).extracting(PayoutAccount::payoutMethod)
			.containsExactly(PayoutMethod.BANK_TRANSFER, PayoutMethod.MOBILE_MONEY, PayoutMethod.UNKNOWN);
		assertThat(accounts).extracting(PayoutAccount::isDefault).containsExactly(true, false, false);
	}

	@Test
	void getEncodesBothIdsAsPathSegments() {
		wireMock.stubFor(get(urlEqualTo("/v1/customers/cus%2F1/payout-accounts/pa%3F1"))
			.willReturn(okJson(envelope(BANK_ACCOUNT))));

		PayoutAccount account = this.client.payoutAccounts().get("cus/1", "pa?1").block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/customers/cus%2F1/payout-accounts/pa%3F1"))));
		assertThat(account.id()).isEqualTo("pa_1");
		assertThat(account.accountNumber()).isEqualTo("0123456789");
	}

	@Test
	void updatePutsOnlyTheChangedFields() {
		wireMock.stubFor(put("/v1/customers/cus_1/payout-accounts/pa_2").willReturn(okJson(envelope(MOBILE_ACCOUNT))));

		PayoutAccount account = this.client.payoutAccounts()
			.update("cus_1", "pa_2", UpdatePayoutAccountRequest.empty()
				.withMobileMoneyNumber("+233241234567")
				.withDefault(false))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(putRequestedFor(urlEqualTo("/v1/customers/cus_1/payout-accounts/pa_2")))
			.withRequestBody(equalToJson("{\"mobile_money_number\": \"+233241234567\", \"is_default\": false}")));
		assertThat(account.id()).isEqualTo("pa_2");
		assertThat(account.currency()).isEqualTo("GHS");
	}

	@Test
	void updateRequestRefusesBlankNamesAndTheUnknownMethod() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UpdatePayoutAccountRequest.empty().withAccountName(""))
			.withMessage("account_name is required and must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UpdatePayoutAccountRequest.empty().withPayoutMethod(PayoutMethod.UNKNOWN))
			.withMessageContaining("payout_method");
	}

	@Test
	void deleteSendsNoBodyAndNoIdempotencyKey() {
		wireMock.stubFor(delete("/v1/customers/cus_1/payout-accounts/pa_1").willReturn(aResponse().withStatus(204)));

		this.client.payoutAccounts().delete("cus_1", "pa_1").block(WAIT);

		wireMock.verify(reading(deleteRequestedFor(urlEqualTo("/v1/customers/cus_1/payout-accounts/pa_1")))
			.withHeader("Content-Type", absent()));
	}

}
