package co.monigo.client.service;

import co.monigo.client.internal.MonigoTransport;

/**
 * Placeholder being filled in on its own branch.
 */
public final class WalletService {

	private final MonigoTransport transport;

	public WalletService(MonigoTransport transport) {
		this.transport = transport;
	}

}
