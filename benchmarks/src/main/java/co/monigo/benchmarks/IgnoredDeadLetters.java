package co.monigo.benchmarks;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import co.monigo.client.MonigoApiException;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.DropReason;

/**
 * A dead-letter handler that only counts, so a benchmark's shutdown does not log the events it leaves.
 */
final class IgnoredDeadLetters implements DeadLetterHandler {

	private final LongAdder count = new LongAdder();

	@Override
	public void rejected(List<IngestEvent> events, MonigoApiException cause) {
		this.count.add(events.size());
	}

	@Override
	public void dropped(IngestEvent event, DropReason reason) {
		this.count.increment();
	}

	long count() {
		return this.count.sum();
	}

}
