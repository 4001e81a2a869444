package co.monigo.client.service;

import co.monigo.client.internal.MonigoTransport;

/**
 * Placeholder being filled in on its own branch.
 */
public final class EventService {

	private final MonigoTransport transport;

	public EventService(MonigoTransport transport) {
		this.transport = transport;
	}

}
