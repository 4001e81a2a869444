package co.monigo.client.service;

import co.monigo.client.internal.MonigoTransport;

/**
 * Placeholder being filled in on its own branch.
 */
public final class PayoutAccountService {

	private final MonigoTransport transport;

	public PayoutAccountService(MonigoTransport transport) {
		this.transport = transport;
	}

}
