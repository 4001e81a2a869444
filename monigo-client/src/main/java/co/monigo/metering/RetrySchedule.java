package co.monigo.metering;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Batches to send again: waiting out their backoff (holding no slot), then ready for the dispatcher,
 * which sends them before new batches. When delivery recovers, every waiting batch is made ready at
 * once, so a backlog drains at the healthy rate instead of at each batch's backoff.
 */
final class RetrySchedule {

	private final Scheduler scheduler;

	private final Runnable onReady;

	private final Map<Batch, Disposable> waiting = new ConcurrentHashMap<>();

	private final Queue<Batch> ready = new ConcurrentLinkedQueue<>();

	RetrySchedule(Scheduler scheduler, Runnable onReady) {
		this.scheduler = scheduler;
		this.onReady = onReady;
	}

	/** The batch is sent again after the wait. */
	void later(Batch batch, Duration wait) {
		// Registered before the timer starts, so a timer that fires at once still finds the batch.
		Disposable.Swap timer = Disposables.swap();
		this.waiting.put(batch, timer);
		timer.update(Mono.delay(wait, this.scheduler).subscribe((tick) -> makeReady(batch)));
	}

	/** The batch is sent again as soon as a slot is free. */
	void now(Batch batch) {
		this.ready.add(batch);
		this.onReady.run();
	}

	private void makeReady(Batch batch) {
		if (this.waiting.remove(batch) != null) {
			now(batch);
		}
	}

	/** Every waiting batch is ready now. */
	void resumeAll() {
		for (Map.Entry<Batch, Disposable> entry : List.copyOf(this.waiting.entrySet())) {
			if (this.waiting.remove(entry.getKey(), entry.getValue())) {
				entry.getValue().dispose();
				now(entry.getKey());
			}
		}
	}

	/** The next batch ready to be sent, or null. */
	@Nullable Batch nextReady() {
		return this.ready.poll();
	}

	boolean hasReady() {
		return !this.ready.isEmpty();
	}

	/** Batches waiting or ready. */
	int size() {
		return this.waiting.size() + this.ready.size();
	}

	/** Removes and returns every batch, waiting or ready. */
	List<Batch> removeAll() {
		List<Batch> all = new ArrayList<>();
		for (Map.Entry<Batch, Disposable> entry : List.copyOf(this.waiting.entrySet())) {
			if (this.waiting.remove(entry.getKey(), entry.getValue())) {
				entry.getValue().dispose();
				all.add(entry.getKey());
			}
		}
		for (Batch batch = this.ready.poll(); batch != null; batch = this.ready.poll()) {
			all.add(batch);
		}
		return all;
	}

}
