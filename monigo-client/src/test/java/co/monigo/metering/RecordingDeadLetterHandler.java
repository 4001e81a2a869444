package co.monigo.metering;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.IngestEvent;

/**
 * Keeps every dead letter, for assertions.
 */
final class RecordingDeadLetterHandler implements DeadLetterHandler {

	final List<IngestEvent> rejected = new CopyOnWriteArrayList<>();

	final Map<String, DropReason> dropped = new ConcurrentHashMap<>();

	/** The key of every dropped event, once per call: a key twice was dead-lettered twice. */
	final List<String> droppedCalls = new CopyOnWriteArrayList<>();

	final List<IngestEvent> unknown = new CopyOnWriteArrayList<>();

	@Override
	public void rejected(List<IngestEvent> events, MonigoApiException cause) {
		this.rejected.addAll(events);
	}

	@Override
	public void dropped(IngestEvent event, DropReason reason) {
		this.dropped.put(event.idempotencyKey(), reason);
		this.droppedCalls.add(event.idempotencyKey());
	}

	@Override
	public void outcomeUnknown(List<IngestEvent> events) {
		this.unknown.addAll(events);
	}

}
