package co.monigo.metering;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.monigo.client.core.Durations;

/**
 * How the pipeline stops: it waits up to the timeout for what is pending to drain, then accounts for
 * what is left. With the journal, everything left stays there for the next start, still pending; without
 * it, a batch whose request was on its way is counted {@code unknown}, and the rest is dropped as
 * {@code shutdown}; each is handed to the dead-letter handler once.
 */
final class PipelineStop {

	private static final Logger logger = LoggerFactory.getLogger(PipelineStop.class);

	private final PendingEvents store;

	private final Accounting accounting;

	private final RetrySchedule retries;

	private final IngestCounters counters;

	PipelineStop(PendingEvents store, Accounting accounting, RetrySchedule retries, IngestCounters counters) {
		this.store = store;
		this.accounting = accounting;
		this.retries = retries;
		this.counters = counters;
	}

	/** Waits for the flush up to what is left of the timeout; logs only when events are left pending. */
	void awaitDrain(CompletableFuture<Void> flushed, Duration remaining, Duration timeout) {
		try {
			flushed.get(remaining.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException late) {
			if (this.counters.pendingCount() > 0) {
				logger.warn("Monigo metering: {} events still pending after the shutdown timeout of {}",
						this.counters.pendingCount(), Durations.format(timeout));
			}
		}
		catch (ExecutionException unexpected) {
			logger.warn("Monigo metering: draining failed", unexpected.getCause());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** Accounts for the batches on their way, those waiting to be sent again, and the events not taken. */
	void accountForWhatIsLeft(List<Batch> onTheirWay) {
		List<Batch> waiting = this.retries.removeAll();
		if (this.store.isDurable()) {
			onTheirWay.forEach(this.accounting::retained);
			waiting.forEach(this.accounting::retained);
			this.accounting.live().forEach(this.accounting::retained);
			if (this.counters.pendingCount() > 0) {
				logger.info("Monigo metering: {} usage events stay in the journal and are delivered at the next start",
						this.counters.pendingCount());
			}
			return;
		}
		onTheirWay.forEach(this.accounting::unknown);
		waiting.forEach((batch) -> this.accounting.dropped(batch, DropReason.SHUTDOWN));
		this.accounting.live().forEach((batch) -> this.accounting.dropped(batch, DropReason.SHUTDOWN));
		this.store.removeUntaken((left) -> this.accounting.droppedPending(left, DropReason.SHUTDOWN));
	}

}
