package co.monigo.test.emulator;

import java.util.ArrayList;
import java.util.List;

import co.monigo.client.model.IngestEvent;

/**
 * What the emulator has received since it started or was last reset, for assertions: every request
 * (faulted ones included) and the ingested events, sorted into accepted, duplicate and rejected.
 * Events are listed across both modes, in arrival order. Thread-safe; each method returns a snapshot.
 */
public final class Received {

	private final List<ReceivedRequest> requests = new ArrayList<>();

	private final List<IngestEvent> accepted = new ArrayList<>();

	private final List<IngestEvent> duplicates = new ArrayList<>();

	private final List<IngestEvent> rejected = new ArrayList<>();

	Received() {
	}

	/** Every request, in the order their handling finished. */
	public synchronized List<ReceivedRequest> requests() {
		return List.copyOf(this.requests);
	}

	/** The requests of this method (e.g. {@code POST}) to this exact path. */
	public synchronized List<ReceivedRequest> requests(String method, String path) {
		return this.requests.stream()
			.filter((request) -> request.method().equalsIgnoreCase(method) && request.path().equals(path))
			.toList();
	}

	public synchronized int requestCount() {
		return this.requests.size();
	}

	/**
	 * The events stored as new, with the idempotency key (assigned when the event had none) and the
	 * timestamp (now, when the event had none) the emulator gave them.
	 */
	public synchronized List<IngestEvent> events() {
		return List.copyOf(this.accepted);
	}

	/** The events whose idempotency key was already stored: answered as duplicates, not stored again. */
	public synchronized List<IngestEvent> duplicates() {
		return List.copyOf(this.duplicates);
	}

	/** The events of ingests refused with 400 (invalid, or chosen by a fault): nothing of those stored. */
	public synchronized List<IngestEvent> rejectedEvents() {
		return List.copyOf(this.rejected);
	}

	synchronized void request(ReceivedRequest request) {
		this.requests.add(request);
	}

	synchronized void accepted(IngestEvent event) {
		this.accepted.add(event);
	}

	synchronized void duplicate(IngestEvent event) {
		this.duplicates.add(event);
	}

	synchronized void rejected(List<IngestEvent> events) {
		this.rejected.addAll(events);
	}

	synchronized void clear() {
		this.requests.clear();
		this.accepted.clear();
		this.duplicates.clear();
		this.rejected.clear();
	}

}
