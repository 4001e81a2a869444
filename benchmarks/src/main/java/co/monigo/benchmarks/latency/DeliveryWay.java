package co.monigo.benchmarks.latency;

import co.monigo.client.model.IngestEvent;

/**
 * One way of getting usage events to Monigo, fed at a fixed rate by the sweep: the pipeline, or a
 * baseline a team might write instead.
 */
interface DeliveryWay extends AutoCloseable {

	/** Hands over an event as a request thread would; never blocks. Counts it as dropped if it cannot take it. */
	void offer(IngestEvent event);

	/** Events refused or given up on so far. */
	long dropped();

	/** Stops delivering, within a few seconds; what is still pending is left. */
	@Override
	void close();

}
