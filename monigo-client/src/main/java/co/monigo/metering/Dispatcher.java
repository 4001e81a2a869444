package co.monigo.metering;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import tools.jackson.core.JacksonException;

import co.monigo.client.internal.MonigoJson;

/**
 * The pipeline's one worker thread: takes pending events in order into batches (full, or after the
 * linger), sends retries before new batches, and keeps within the adaptive limit of batches on their
 * way. It sleeps until there is something to do: recording wakes it only when it waits for events (the
 * first after idling, or a full batch while lingering), and a freed slot, a retry coming due, a flush or
 * a stop wake it too.
 */
final class Dispatcher {

	private static final Logger logger = LoggerFactory.getLogger(Dispatcher.class);

	private static final long NO_DEADLINE = Long.MIN_VALUE;

	/** What the thread waits for when it sleeps. */
	private static final int WORKING = 0;

	private static final int IDLE = 1;

	private static final int LINGERING = 2;

	private static final int BLOCKED = 3;

	private final PendingEvents store;

	private final MeteringSettings settings;

	private final BatchDelivery delivery;

	private final Accounting accounting;

	private final FlushTracker flushes;

	private final RetrySchedule retries;

	private final DeliveryLimit limit;

	private final AtomicInteger batchLimit;

	private final PipelineListener listener;

	private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();

	private final Thread thread;

	private volatile boolean running = true;

	/** Send what is pending without lingering: the pipeline is draining for shutdown. */
	private volatile boolean urgent;

	private volatile int waitingFor = WORKING;

	private long lingerDeadline = NO_DEADLINE;

	Dispatcher(PendingEvents store, MeteringSettings settings, BatchDelivery delivery, Accounting accounting,
			FlushTracker flushes, RetrySchedule retries, DeliveryLimit limit, AtomicInteger batchLimit,
			PipelineListener listener) {
		this.store = store;
		this.settings = settings;
		this.delivery = delivery;
		this.accounting = accounting;
		this.flushes = flushes;
		this.retries = retries;
		this.limit = limit;
		this.batchLimit = batchLimit;
		this.listener = listener;
		this.thread = new Thread(this::run, "monigo-ingest");
		this.thread.setDaemon(true);
	}

	void start() {
		this.thread.start();
	}

	/**
	 * An event was added: wakes the thread if it sleeps waiting for events. Cheap when it does not (a
	 * volatile read), so recording pays nothing while the dispatcher is busy or lingering.
	 */
	void eventAdded() {
		int mode = this.waitingFor;
		if (mode == IDLE || (mode == LINGERING && this.store.available() >= this.batchLimit.get())) {
			LockSupport.unpark(this.thread);
		}
	}

	void wake() {
		LockSupport.unpark(this.thread);
	}

	/** From now on, sends every pending event at once. */
	void hurry() {
		this.urgent = true;
		wake();
	}

	private void run() {
		while (this.running) {
			try {
				this.flushes.service(this.store.taken());
				int next = dispatchOne();
				if (next != WORKING) {
					sleep(next);
				}
			}
			catch (RuntimeException unexpected) {
				logger.error("Monigo metering dispatcher hit an unexpected failure; carrying on", unexpected);
			}
		}
	}

	/** Sends one batch if it may; otherwise says what to wait for. */
	private int dispatchOne() {
		if (!this.limit.hasRoom()) {
			return BLOCKED;
		}
		Batch retry = this.retries.nextReady();
		if (retry != null) {
			launch(retry);
			return WORKING;
		}
		if (!mayFormBatch()) {
			return BLOCKED;
		}
		long available = this.store.available();
		if (available <= 0) {
			this.lingerDeadline = NO_DEADLINE;
			return IDLE;
		}
		long now = System.nanoTime();
		if (this.lingerDeadline == NO_DEADLINE) {
			this.lingerDeadline = now + this.settings.linger().toNanos();
		}
		int max = this.batchLimit.get();
		if (available < max && now - this.lingerDeadline < 0 && !this.urgent
				&& !this.flushes.waitsBeyond(this.store.taken())) {
			return LINGERING;
		}
		this.lingerDeadline = NO_DEADLINE;
		newBatch(max, (int) Math.min(max, available));
		return WORKING;
	}

	/**
	 * Whether a new batch may be formed. A batch waiting out its backoff holds no slot: only the batches
	 * on their way count against the adaptive limit. The batches waiting are bounded on their own, by
	 * max-in-flight, so an outage cannot move every pending event out of the bounded buffer into them.
	 */
	private boolean mayFormBatch() {
		return this.inFlight.size() < this.limit.current() && this.retries.size() < this.settings.maxInFlight();
	}

	private void newBatch(int max, int expected) {
		long first = this.store.taken();
		List<Pending> taken = new ArrayList<>(expected);
		this.store.take(taken, max, this.accounting::unreadable);
		List<Pending> events = written(taken);
		if (events.isEmpty()) {
			return;
		}
		BatchGroup group = new BatchGroup(first, events.size());
		this.flushes.started(group);
		Batch batch = new Batch(events, group);
		this.accounting.track(batch);
		this.listener.batchSent(batch.size());
		launch(batch);
	}

	/**
	 * The events with their JSON: journaled events were written at record time; the others are written
	 * here, and one that cannot be is dropped once ({@code unserializable}) instead of failing its batch.
	 */
	private List<Pending> written(List<Pending> taken) {
		List<Pending> written = new ArrayList<>(taken.size());
		for (Pending each : taken) {
			if (each.json() != null) {
				written.add(each);
				continue;
			}
			try {
				written.add(each.withJson(MonigoJson.write(each.event())));
			}
			catch (JacksonException | IllegalArgumentException | IllegalStateException unwritable) {
				logger.debug("Monigo metering: a usage event cannot be written as JSON", unwritable);
				this.accounting.droppedPending(each, DropReason.UNSERIALIZABLE);
			}
		}
		return written;
	}

	private void launch(Batch batch) {
		int onTheirWay = this.limit.acquire();
		InFlight entry = new InFlight(batch);
		this.inFlight.add(entry);
		entry.subscription = this.delivery.attempt(batch, onTheirWay).doFinally((signal) -> {
			this.inFlight.remove(entry);
			this.limit.release();
			wake();
		}).subscribe(null, (failure) -> logger.error("Monigo batch delivery failed unexpectedly", failure));
	}

	private void sleep(int mode) {
		this.waitingFor = mode;
		try {
			// Checked again after saying what it waits for, so a wake-up in between is not lost.
			if (!stillWaits(mode)) {
				return;
			}
			if (mode == LINGERING) {
				LockSupport.parkNanos(this, this.lingerDeadline - System.nanoTime());
			}
			else {
				LockSupport.park(this);
			}
		}
		finally {
			this.waitingFor = WORKING;
		}
	}

	private boolean stillWaits(int mode) {
		if (!this.running || this.retries.hasReady() && this.limit.hasRoom()) {
			return false;
		}
		return switch (mode) {
			case IDLE -> this.store.available() == 0;
			case LINGERING -> this.store.available() < this.batchLimit.get() && !this.urgent
					&& !this.flushes.waitsBeyond(this.store.taken());
			default -> !this.limit.hasRoom() || !mayFormBatch();
		};
	}

	/** Stops the thread; the batches on their way are left to {@link #cancelInFlight()}. */
	void stop() {
		this.running = false;
		wake();
		try {
			this.thread.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** Stops waiting for the requests on their way and returns their batches. */
	List<Batch> cancelInFlight() {
		List<Batch> cancelled = new ArrayList<>();
		for (InFlight entry : List.copyOf(this.inFlight)) {
			cancelled.add(entry.batch);
			Disposable subscription = entry.subscription;
			if (subscription != null) {
				subscription.dispose();
			}
		}
		return cancelled;
	}

	/** A batch's request on its way. */
	private static final class InFlight {

		private final Batch batch;

		private volatile @Nullable Disposable subscription;

		InFlight(Batch batch) {
			this.batch = batch;
		}

	}

}
