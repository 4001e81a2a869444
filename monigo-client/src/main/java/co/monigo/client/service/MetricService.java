package co.monigo.client.service;

import co.monigo.client.internal.MonigoTransport;

/**
 * Placeholder being filled in on its own branch.
 */
public final class MetricService {

	private final MonigoTransport transport;

	public MetricService(MonigoTransport transport) {
		this.transport = transport;
	}

}
