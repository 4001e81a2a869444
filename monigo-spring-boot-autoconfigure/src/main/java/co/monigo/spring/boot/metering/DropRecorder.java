package co.monigo.spring.boot.metering;

import org.slf4j.LoggerFactory;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.DropReason;

/**
 * Accounts for an event a stage in front of the recorder gave up on. In front of a
 * {@link BatchingUsageRecorder}, its {@link BatchingUsageRecorder#recordDropped recordDropped}, so the
 * pipeline counts the event as recorded and dropped and dead-letters it; in front of another recorder,
 * {@link #deadLettering the dead-letter handler}.
 */
@FunctionalInterface
public interface DropRecorder {

	/** Accounts for the event, dropped for this reason. Must not throw. */
	void recordDropped(IngestEvent event, DropReason reason);

	/** Hands each dropped event to the handler; a failure of the handler is logged, not thrown. */
	static DropRecorder deadLettering(DeadLetterHandler deadLetters) {
		return (event, reason) -> {
			try {
				deadLetters.dropped(event, reason);
			}
			catch (RuntimeException handlerFailure) {
				LoggerFactory.getLogger(DropRecorder.class).error("Dead-letter handler failed on a dropped event",
						handlerFailure);
			}
		};
	}

}
