package co.monigo.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A wallet with the virtual accounts that fund it: the answer to a wallet lookup.
 */
public record WalletDetails(CustomerWallet wallet, List<VirtualAccount> virtualAccounts) {

	public WalletDetails(CustomerWallet wallet, @Nullable List<VirtualAccount> virtualAccounts) {
		this.wallet = wallet;
		this.virtualAccounts = (virtualAccounts != null) ? List.copyOf(virtualAccounts) : List.of();
	}

}
