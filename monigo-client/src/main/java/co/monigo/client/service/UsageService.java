package co.monigo.client.service;

import co.monigo.client.internal.MonigoTransport;

/**
 * Placeholder being filled in on its own branch.
 */
public final class UsageService {

	private final MonigoTransport transport;

	public UsageService(MonigoTransport transport) {
		this.transport = transport;
	}

}
