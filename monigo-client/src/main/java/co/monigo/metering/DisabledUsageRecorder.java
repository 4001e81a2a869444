package co.monigo.metering;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.monigo.client.model.IngestEvent;

/**
 * The recorder when metering is off: validates and stamps events like the real one, so a bad event
 * fails the same way in tests and local development, counts them ({@code dropped}, reason
 * {@code disabled}), and sends nothing.
 */
public final class DisabledUsageRecorder implements UsageRecorder {

	private static final Logger logger = LoggerFactory.getLogger(DisabledUsageRecorder.class);

	private final EventStamper stamper = new EventStamper();

	private final IngestCounters counters = new IngestCounters();

	@Override
	public IngestEvent record(IngestEvent event) {
		IngestEvent stamped = this.stamper.stamp(event);
		this.counters.recorded();
		this.counters.droppedAtRecord(DropReason.DISABLED);
		logger.debug("Metering is disabled; not sending {} for {}", stamped.eventName(), stamped.customerId());
		return stamped;
	}

	@Override
	public CompletableFuture<Void> flush() {
		return CompletableFuture.completedFuture(null);
	}

	public IngestCounters counters() {
		return this.counters;
	}

	@Override
	public IngestStatus status() {
		return new IngestStatus(PipelineState.DISABLED, this.counters.recordedCount(), 0, 0, 0,
				this.counters.droppedByReason(), 0, 0, 0,
				Duration.ZERO, null, null, 0, 0, 0, 0, null);
	}

}
