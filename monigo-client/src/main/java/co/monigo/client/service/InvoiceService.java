package co.monigo.client.service;

import co.monigo.client.internal.MonigoTransport;

/**
 * Placeholder being filled in on its own branch.
 */
public final class InvoiceService {

	private final MonigoTransport transport;

	public InvoiceService(MonigoTransport transport) {
		this.transport = transport;
	}

}
