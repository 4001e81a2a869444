package co.monigo.client.service;

import co.monigo.client.internal.MonigoTransport;

/**
 * Placeholder being filled in on its own branch.
 */
public final class PlanService {

	private final MonigoTransport transport;

	public PlanService(MonigoTransport transport) {
		this.transport = transport;
	}

}
