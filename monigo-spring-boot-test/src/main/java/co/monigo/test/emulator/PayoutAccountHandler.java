package co.monigo.test.emulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.CreatePayoutAccountRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.PayoutAccount;
import co.monigo.client.model.PayoutMethod;
import co.monigo.client.model.UpdatePayoutAccountRequest;

/**
 * {@code /v1/customers/{customer_id}/payout-accounts}: create, list, get, update, delete. An unknown
 * customer, or an account of another customer, answers 404. A bank transfer account needs
 * {@code bank_code} and {@code account_number}, a mobile money one {@code mobile_money_number}, also
 * after an update. Making an account the default unsets the customer's other default. Currency
 * defaults to NGN.
 */
final class PayoutAccountHandler {

	Reply create(Call call) {
		Customer customer = call.store().customer(call.path("customerId"));
		CreatePayoutAccountRequest request = call.body(CreatePayoutAccountRequest.class);
		Instant now = call.now();
		boolean isDefault = Boolean.TRUE.equals(request.isDefault());
		PayoutAccount account = new PayoutAccount(Ids.uuid(), customer.id(), Ids.ORG_ID, request.accountName(),
				request.bankName(), request.bankCode(), request.accountNumber(), request.mobileMoneyNumber(),
				request.payoutMethod(), (request.currency() != null) ? request.currency() : "NGN", isDefault,
				request.metadata(), now, now);
		save(call.store(), account, now);
		return Reply.created("payout_account", account);
	}

	Reply list(Call call) {
		Customer customer = call.store().customer(call.path("customerId"));
		List<PayoutAccount> accounts = call.store().payoutAccounts.values()
			.stream()
			.filter((account) -> account.customerId().equals(customer.id()))
			.toList();
		return Reply.list("payout_accounts", accounts);
	}

	Reply get(Call call) {
		return Reply.ok("payout_account", account(call));
	}

	Reply update(Call call) {
		PayoutAccount current = account(call);
		UpdatePayoutAccountRequest request = call.body(UpdatePayoutAccountRequest.class);
		PayoutAccount updated = new PayoutAccount(current.id(), current.customerId(), current.orgId(),
				or(request.accountName(), current.accountName()), or(request.bankName(), current.bankName()),
				or(request.bankCode(), current.bankCode()), or(request.accountNumber(), current.accountNumber()),
				or(request.mobileMoneyNumber(), current.mobileMoneyNumber()),
				or(request.payoutMethod(), current.payoutMethod()), or(request.currency(), current.currency()),
				or(request.isDefault(), current.isDefault()), or(request.metadata(), current.metadata()),
				current.createdAt(), call.now());
		requireMethodFields(updated);
		save(call.store(), updated, call.now());
		return Reply.ok("payout_account", updated);
	}

	Reply delete(Call call) {
		PayoutAccount account = account(call);
		call.store().payoutAccounts.remove(account.id());
		return Reply.noContent();
	}

	private static PayoutAccount account(Call call) {
		Customer customer = call.store().customer(call.path("customerId"));
		String accountId = call.path("accountId");
		PayoutAccount account = call.store().payoutAccounts.get(accountId);
		if (account == null || !account.customerId().equals(customer.id())) {
			throw ApiError.notFound("payout account", accountId);
		}
		return account;
	}

	private static void save(ModeStore store, PayoutAccount account, Instant now) {
		if (account.isDefault()) {
			store.payoutAccounts.replaceAll((id, other) -> (other.customerId().equals(account.customerId())
					&& other.isDefault()) ? withoutDefault(other, now) : other);
		}
		store.payoutAccounts.put(account.id(), account);
	}

	private static PayoutAccount withoutDefault(PayoutAccount account, Instant now) {
		return new PayoutAccount(account.id(), account.customerId(), account.orgId(), account.accountName(),
				account.bankName(), account.bankCode(), account.accountNumber(), account.mobileMoneyNumber(),
				account.payoutMethod(), account.currency(), false, account.metadata(), account.createdAt(), now);
	}

	private static void requireMethodFields(PayoutAccount account) {
		if (account.payoutMethod() == PayoutMethod.BANK_TRANSFER) {
			requireText(account.bankCode(), "bank_code");
			requireText(account.accountNumber(), "account_number");
		}
		else if (account.payoutMethod() == PayoutMethod.MOBILE_MONEY) {
			requireText(account.mobileMoneyNumber(), "mobile_money_number");
		}
	}

	private static void requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw ApiError.invalidField(field, "is required for this payout_method");
		}
	}

	private static <T> T or(@Nullable T wanted, T current) {
		return (wanted != null) ? wanted : current;
	}

}
