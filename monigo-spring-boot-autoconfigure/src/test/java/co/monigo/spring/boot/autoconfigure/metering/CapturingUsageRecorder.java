package co.monigo.spring.boot.autoconfigure.metering;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.IngestStatus;
import co.monigo.metering.UsageRecorder;

/**
 * A recorder that keeps what it is given, for tests of what {@code @Metered} and its sinks record.
 */
public class CapturingUsageRecorder implements UsageRecorder {

	/** What was recorded, in order. */
	public final List<IngestEvent> events = new CopyOnWriteArrayList<>();

	@Override
	public IngestEvent record(IngestEvent event) {
		this.events.add(event);
		return event;
	}

	@Override
	public CompletableFuture<Void> flush() {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public IngestStatus status() {
		throw new UnsupportedOperationException();
	}

}
