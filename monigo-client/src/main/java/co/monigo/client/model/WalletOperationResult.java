package co.monigo.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a credit or debit: the wallet as it now stands and the ledger entries written.
 */
public record WalletOperationResult(CustomerWallet wallet, List<LedgerEntry> ledgerEntries) {

	public WalletOperationResult(CustomerWallet wallet, @Nullable List<LedgerEntry> ledgerEntries) {
		this.wallet = wallet;
		this.ledgerEntries = (ledgerEntries != null) ? List.copyOf(ledgerEntries) : List.of();
	}

}
