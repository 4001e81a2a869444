package co.monigo.client.service;

import co.monigo.client.internal.MonigoTransport;

/**
 * Placeholder being filled in on its own branch.
 */
public final class PortalTokenService {

	private final MonigoTransport transport;

	public PortalTokenService(MonigoTransport transport) {
		this.transport = transport;
	}

}
