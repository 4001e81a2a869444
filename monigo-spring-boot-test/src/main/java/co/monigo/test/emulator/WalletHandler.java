package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.monigo.client.model.CreateWalletRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.CustomerWallet;
import co.monigo.client.model.LedgerDirection;
import co.monigo.client.model.LedgerEntry;
import co.monigo.client.model.VirtualAccount;
import co.monigo.client.model.WalletCredit;
import co.monigo.client.model.WalletDebit;

/**
 * {@code /v1/wallets} and {@code /v1/customers/{customer_id}/wallets}: get-or-create (one wallet per
 * customer and currency; 201 when made, 200 when it existed), list, get (with its virtual accounts),
 * credit, debit, transactions. An unknown customer answers 404. A credit or debit must be in the
 * wallet's currency, with no more decimals than its minor unit (400); amounts and balances are written
 * at that scale ({@link Money}); a debit above the balance answers 402 and changes nothing. The body's
 * {@code idempotency_key} applies an operation once per wallet: the same key again answers the first
 * operation's entries and the wallet as it stands (409 if the first was the other direction).
 * Transactions are the wallet's own ledger entries, newest first.
 */
final class WalletHandler {

	private static final int DEFAULT_LIMIT = 25;

	private static final int MAX_LIMIT = 100;

	Reply getOrCreate(Call call) {
		CreateWalletRequest request = call.body(CreateWalletRequest.class);
		ModeStore store = call.store();
		Customer customer = store.customer(request.customerId());
		for (CustomerWallet wallet : store.wallets.values()) {
			if (wallet.customerId().equals(customer.id()) && wallet.currency().equalsIgnoreCase(request.currency())) {
				return Reply.ok("wallet", wallet);
			}
		}
		Instant now = call.now();
		BigDecimal zero = Money.zero(request.currency());
		CustomerWallet wallet = new CustomerWallet(Ids.uuid(), customer.id(), Ids.ORG_ID, request.currency(), zero,
				zero, now, now);
		store.wallets.put(wallet.id(), wallet);
		return Reply.created("wallet", wallet);
	}

	/** Every wallet, or those of {@code customer_id} (an id or an external id). */
	Reply list(Call call) {
		String customerId = call.query("customer_id");
		if (customerId == null) {
			return Reply.list("wallets", List.copyOf(call.store().wallets.values()));
		}
		Customer customer = call.store().customerByIdOrExternalId(customerId);
		if (customer == null) {
			throw ApiError.notFound("customer", customerId);
		}
		return Reply.list("wallets", walletsOf(call.store(), customer));
	}

	Reply listForCustomer(Call call) {
		return Reply.list("wallets", walletsOf(call.store(), call.store().customer(call.path("customerId"))));
	}

	Reply get(Call call) {
		CustomerWallet wallet = call.store().wallet(call.path("id"));
		List<VirtualAccount> accounts = call.store().virtualAccounts.values()
			.stream()
			.filter((account) -> account.walletId().equals(wallet.id()))
			.toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("wallet", wallet);
		body.put("virtual_accounts", accounts);
		return Reply.ok(body);
	}

	Reply credit(Call call) {
		WalletCredit credit = call.body(WalletCredit.class);
		return operate(call, new Ledger.Movement(LedgerDirection.CREDIT, credit.amount(), credit.currency(),
				credit.description(), credit.entryType(), credit.referenceType(), credit.referenceId(),
				credit.idempotencyKey()));
	}

	Reply debit(Call call) {
		WalletDebit debit = call.body(WalletDebit.class);
		return operate(call, new Ledger.Movement(LedgerDirection.DEBIT, debit.amount(), debit.currency(),
				debit.description(), debit.entryType(), debit.referenceType(), debit.referenceId(),
				debit.idempotencyKey()));
	}

	private static Reply operate(Call call, Ledger.Movement asked) {
		ModeStore store = call.store();
		CustomerWallet wallet = store.wallet(call.path("id"));
		List<LedgerEntry> earlier = Ledger.earlier(store, wallet.id(), asked.idempotencyKey());
		if (!earlier.isEmpty()) {
			if (earlier.get(0).direction() != asked.direction()) {
				throw ApiError.conflict("idempotency_key " + asked.idempotencyKey()
						+ " was already used by an operation of the other direction on wallet " + wallet.id());
			}
			return result(wallet, earlier);
		}
		if (!wallet.currency().equalsIgnoreCase(asked.currency())) {
			throw ApiError.invalidField("currency",
					"must be the wallet's currency " + wallet.currency() + ", was " + asked.currency());
		}
		Ledger.Movement movement = asked.withAmount(Money.exact(asked.amount(), wallet.currency(), "amount"));
		if (movement.direction() == LedgerDirection.DEBIT && movement.amount().compareTo(wallet.balance()) > 0) {
			throw ApiError.withDetails(402, "insufficient balance in wallet " + wallet.id(),
					Map.of("amount", "the debit of " + movement.amount().toPlainString() + " exceeds the balance of "
							+ wallet.balance().toPlainString()));
		}
		List<LedgerEntry> entries = Ledger.post(store, wallet, movement, call.now());
		return result(store.wallet(wallet.id()), entries);
	}

	private static Reply result(CustomerWallet wallet, List<LedgerEntry> entries) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("wallet", wallet);
		body.put("ledger_entries", entries);
		return Reply.ok(body);
	}

	Reply transactions(Call call) {
		CustomerWallet wallet = call.store().wallet(call.path("id"));
		int limit = call.queryInt("limit", DEFAULT_LIMIT);
		int offset = call.queryInt("offset", 0);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiError.invalidField("limit", "must be from 1 to " + MAX_LIMIT + ", was " + limit);
		}
		if (offset < 0) {
			throw ApiError.invalidField("offset", "must not be negative, was " + offset);
		}
		List<LedgerEntry> entries = new ArrayList<>(call.store().ledger.stream()
			.filter((entry) -> wallet.id().equals(entry.walletId()))
			.toList());
		Collections.reverse(entries);
		List<LedgerEntry> page = entries.subList(Math.min(offset, entries.size()),
				Math.min(offset + limit, entries.size()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("transactions", List.copyOf(page));
		body.put("total", entries.size());
		body.put("limit", limit);
		body.put("offset", offset);
		return Reply.ok(body);
	}

	private static List<CustomerWallet> walletsOf(ModeStore store, Customer customer) {
		return store.wallets.values().stream().filter((wallet) -> wallet.customerId().equals(customer.id())).toList();
	}

}
