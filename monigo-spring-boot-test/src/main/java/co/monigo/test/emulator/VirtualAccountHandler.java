package co.monigo.test.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import co.monigo.client.model.CreateVirtualAccountRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.CustomerWallet;
import co.monigo.client.model.VirtualAccount;
import co.monigo.client.model.VirtualAccountProvider;

/**
 * {@code /v1/wallets/{id}/virtual-accounts}: create and list. A virtual account gets a random
 * ten-digit account number at a bank typical of its provider; it must be in the wallet's currency.
 */
final class VirtualAccountHandler {

	Reply create(Call call) {
		ModeStore store = call.store();
		CustomerWallet wallet = store.wallet(call.path("id"));
		CreateVirtualAccountRequest request = call.body(CreateVirtualAccountRequest.class);
		if (!wallet.currency().equalsIgnoreCase(request.currency())) {
			throw ApiError.invalidField("currency",
					"must be the wallet's currency " + wallet.currency() + ", was " + request.currency());
		}
		Customer customer = store.customers.get(wallet.customerId());
		String accountName = (customer != null && customer.name() != null) ? customer.name() : wallet.customerId();
		Bank bank = Bank.of(request.provider());
		Instant now = call.now();
		VirtualAccount account = new VirtualAccount(Ids.uuid(), wallet.customerId(), wallet.id(), Ids.ORG_ID,
				request.provider(), Ids.digits(10), accountName, bank.name(), bank.code(), wallet.currency(),
				request.provider().name().toLowerCase(Locale.ROOT) + "_" + Ids.hex(8), true, null, now, now);
		store.virtualAccounts.put(account.id(), account);
		return Reply.created("virtual_account", account);
	}

	Reply list(Call call) {
		CustomerWallet wallet = call.store().wallet(call.path("id"));
		List<VirtualAccount> accounts = call.store().virtualAccounts.values()
			.stream()
			.filter((account) -> account.walletId().equals(wallet.id()))
			.toList();
		return Reply.list("virtual_accounts", accounts);
	}

	private record Bank(String name, String code) {

		static Bank of(VirtualAccountProvider provider) {
			return switch (provider) {
				case PAYSTACK -> new Bank("Wema Bank", "035");
				case FLUTTERWAVE -> new Bank("Sterling Bank", "232");
				default -> new Bank("Moniepoint MFB", "50515");
			};
		}

	}

}
