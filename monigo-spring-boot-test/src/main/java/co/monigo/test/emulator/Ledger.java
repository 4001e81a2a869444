package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.CustomerWallet;
import co.monigo.client.model.LedgerDirection;
import co.monigo.client.model.LedgerEntry;
import co.monigo.client.model.LedgerEntryType;

/**
 * Double-entry bookkeeping of wallet operations: each credit or debit is one transaction of two
 * entries that balance, the wallet's (a credit adds to its balance, a debit takes from it) and a
 * counterpart's ({@code provider_clearing} pays credits in, {@code org_revenue} receives debits), each
 * with its balance before and after.
 */
final class Ledger {

	/** One wallet operation's fields, from a credit or a debit body. */
	record Movement(LedgerDirection direction, BigDecimal amount, String currency, String description,
			LedgerEntryType entryType, String referenceType, String referenceId, String idempotencyKey) {

		Movement withAmount(BigDecimal scaled) {
			return new Movement(this.direction, scaled, this.currency, this.description, this.entryType,
					this.referenceType, this.referenceId, this.idempotencyKey);
		}

	}

	private Ledger() {
	}

	/** Applies the movement to the wallet, writes its two entries, and returns them, the wallet's first. */
	static List<LedgerEntry> post(ModeStore store, CustomerWallet wallet, Movement movement, Instant now) {
		String transactionId = Ids.uuid();
		boolean credit = movement.direction() == LedgerDirection.CREDIT;
		BigDecimal before = wallet.balance();
		BigDecimal after = credit ? before.add(movement.amount()) : before.subtract(movement.amount());
		store.wallets.put(wallet.id(), new CustomerWallet(wallet.id(), wallet.customerId(), wallet.orgId(),
				wallet.currency(), after, wallet.reservedBalance(), wallet.createdAt(), now));
		LedgerEntry walletEntry = entry(transactionId, wallet.id(), "customer_wallet", wallet.id(),
				movement.direction(), before, after, movement, now);
		String counterpartType = credit ? "provider_clearing" : "org_revenue";
		String counterpartId = counterpartType + "_" + movement.currency().toLowerCase(Locale.ROOT);
		BigDecimal counterpartBefore = store.counterpartBalances.getOrDefault(counterpartId,
				Money.zero(movement.currency()));
		BigDecimal counterpartAfter = credit ? counterpartBefore.subtract(movement.amount())
				: counterpartBefore.add(movement.amount());
		store.counterpartBalances.put(counterpartId, counterpartAfter);
		LedgerEntry counterpartEntry = entry(transactionId, null, counterpartType, counterpartId,
				credit ? LedgerDirection.DEBIT : LedgerDirection.CREDIT, counterpartBefore, counterpartAfter, movement,
				now);
		store.ledger.add(walletEntry);
		store.ledger.add(counterpartEntry);
		return List.of(walletEntry, counterpartEntry);
	}

	/** The entries of the earlier operation on this wallet with this idempotency key; empty when none. */
	static List<LedgerEntry> earlier(ModeStore store, String walletId, String idempotencyKey) {
		List<LedgerEntry> walletEntries = store.ledger.stream()
			.filter((entry) -> walletId.equals(entry.walletId()) && idempotencyKey.equals(entry.idempotencyKey()))
			.toList();
		if (walletEntries.isEmpty()) {
			return List.of();
		}
		String transactionId = walletEntries.get(0).transactionId();
		return store.ledger.stream().filter((entry) -> entry.transactionId().equals(transactionId)).toList();
	}

	private static LedgerEntry entry(String transactionId, @Nullable String walletId,
			String accountType, String accountId, LedgerDirection direction, BigDecimal before, BigDecimal after,
			Movement movement, Instant now) {
		return new LedgerEntry(Ids.uuid(), Ids.ORG_ID, transactionId, walletId, accountType, accountId, direction,
				movement.amount(), movement.currency(), before, after, movement.description(), movement.entryType(),
				movement.referenceType(), movement.referenceId(), movement.idempotencyKey(), null, now);
	}

}
