package co.monigo.spring.boot.metering;

import co.monigo.client.model.IngestEvent;

/**
 * Where the aspect's events go: straight to the recorder, or through the mapping of the
 * application's own customer ids to Monigo's.
 */
@FunctionalInterface
public interface MeteredEventSink {

	/**
	 * Takes an event whose customer is as the application knows it.
	 * @throws IllegalArgumentException if the event is invalid
	 */
	void accept(IngestEvent event);

}
