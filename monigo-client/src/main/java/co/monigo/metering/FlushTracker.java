package co.monigo.metering;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Flushes waiting for the events recorded before them. A flush's target is the number of events added
 * when it was asked for; it completes once the dispatcher has taken that many and the groups holding
 * them are settled (or, at shutdown, left in the journal).
 */
final class FlushTracker {

	private final Queue<Request> requests = new ConcurrentLinkedQueue<>();

	private final Queue<BatchGroup> groups = new ConcurrentLinkedQueue<>();

	/** A flush of everything added so far. */
	CompletableFuture<Void> request(long target) {
		Request request = new Request(target);
		this.requests.add(request);
		return request.future;
	}

	/** Whether a flush waits for events not taken yet: the dispatcher sends them without lingering. */
	boolean waitsBeyond(long taken) {
		for (Request request : this.requests) {
			if (request.target > taken) {
				return true;
			}
		}
		return false;
	}

	void started(BatchGroup group) {
		this.groups.add(group);
		group.done().whenComplete((done, failure) -> this.groups.remove(group));
	}

	/** Completes each flush whose events were all taken, once their groups settle. */
	void service(long taken) {
		for (Request request : this.requests) {
			if (request.target <= taken && this.requests.remove(request)) {
				CompletableFuture<?>[] settling = this.groups.stream()
					.filter((group) -> group.firstSequence() < request.target)
					.map(BatchGroup::done)
					.toArray(CompletableFuture[]::new);
				CompletableFuture.allOf(settling).whenComplete((done, failure) -> request.future.complete(null));
			}
		}
	}

	/** Completes every flush: the pipeline stopped. */
	void completeAll() {
		for (Request request = this.requests.poll(); request != null; request = this.requests.poll()) {
			request.future.complete(null);
		}
	}

	private static final class Request {

		private final long target;

		private final CompletableFuture<Void> future = new CompletableFuture<>();

		Request(long target) {
			this.target = target;
		}

	}

}
