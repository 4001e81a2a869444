package co.monigo.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a wallet's ledger entries.
 *
 * @param transactions the entries of this page
 * @param total how many entries the wallet has in all
 * @param limit the page size the server applied
 * @param offset how many entries come before this page
 */
public record WalletTransactionPage(List<LedgerEntry> transactions, long total, int limit, int offset) {

	public WalletTransactionPage(@Nullable List<LedgerEntry> transactions, long total, int limit, int offset) {
		this.transactions = (transactions != null) ? List.copyOf(transactions) : List.of();
		this.total = total;
		this.limit = limit;
		this.offset = offset;
	}

	/** Whether entries remain after this page: ask for the next one at {@code offset + transactions.size()}. */
	public boolean hasMore() {
		return (long) this.offset + this.transactions.size() < this.total;
	}

}
