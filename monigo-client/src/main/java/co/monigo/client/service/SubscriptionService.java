package co.monigo.client.service;

import co.monigo.client.internal.MonigoTransport;

/**
 * Placeholder being filled in on its own branch.
 */
public final class SubscriptionService {

	private final MonigoTransport transport;

	public SubscriptionService(MonigoTransport transport) {
		this.transport = transport;
	}

}
