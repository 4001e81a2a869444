package co.monigo.benchmarks;

import java.util.List;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.DropReason;

/**
 * A dead-letter handler that does nothing, so that a benchmark's shutdown does not log the events it
 * leaves behind; the recorder's counters still count them.
 */
public final class IgnoredDeadLetters implements DeadLetterHandler {

	@Override
	public void rejected(List<IngestEvent> events, MonigoApiException cause) {
	}

	@Override
	public void dropped(IngestEvent event, DropReason reason) {
	}

}
