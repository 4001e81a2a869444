package co.monigo.metering;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.journal.Journal;

/**
 * The ingest pipeline. {@link #record} writes each event to the journal on disk (when one is set) and
 * hands it to one dispatcher thread, which sends batches of up to {@link MeteringSettings#batchSize()}
 * events when full or after the linger, keeping an adaptive number of batches on their way; an event
 * leaves the journal once Monigo acknowledged it or it was dead-lettered, and a restart delivers what
 * is left with each event's original key. The parts, each readable alone: {@link PendingEvents} (the
 * journal and its window in memory, or memory only), {@link Dispatcher} (the worker),
 * {@link BatchDelivery} (one attempt and what follows it), {@link RetrySchedule}, {@link DeliveryLimit},
 * {@link FlushTracker}, {@link HoldingStages} and {@link Accounting}.
 * <p>
 * Call {@link #start()} before recording, {@link #shutdown} to drain and stop (it may be started again)
 * and {@link #close()} to release the journal. Thread-safe.
 */
public final class BatchingUsageRecorder implements UsageRecorder, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(BatchingUsageRecorder.class);

	/** How often the dead-letter handler is asked to write out what it sums up. */
	private static final Duration DEAD_LETTER_FLUSH = Duration.ofSeconds(10);

	private final MeteringSettings settings;

	private final DeadLetterHandler deadLetters;

	private final Scheduler scheduler;

	private final IngestCounters counters = new IngestCounters();

	private final Listeners listeners = new Listeners();

	private final EventStamper stamper = new EventStamper();

	private final HoldingStages stages = new HoldingStages();

	private final PipelineHealth health;

	private final CircuitBreaker circuitBreaker;

	private final DeliveryLimit limit;

	private final AtomicInteger batchLimit;

	private final PendingEvents store;

	private final Accounting accounting;

	private final FlushTracker flushes = new FlushTracker();

	private final RetrySchedule retries;

	private final BatchDelivery delivery;

	private final PipelineStop stop;

	private volatile @Nullable Dispatcher dispatcher;

	private @Nullable Disposable deadLetterFlushes;

	private volatile boolean running;

	private volatile boolean accepting = true;

	private volatile boolean closed;

	/**
	 * @throws co.monigo.metering.journal.JournalException if the settings' journal cannot be opened (its
	 * directory is not writable, or another process holds it)
	 */
	public BatchingUsageRecorder(IngestSender sender, MeteringSettings settings, DeadLetterHandler deadLetters) {
		this(sender, settings, deadLetters, Schedulers.parallel());
	}

	/**
	 * @param scheduler where the waits between retries run: a virtual-time scheduler lets a test skip them
	 */
	public BatchingUsageRecorder(IngestSender sender, MeteringSettings settings, DeadLetterHandler deadLetters,
			Scheduler scheduler) {
		this.settings = settings;
		this.deadLetters = deadLetters;
		this.scheduler = scheduler;
		this.health = new PipelineHealth(settings);
		this.circuitBreaker = IngestCircuitBreaker.of(settings.circuit(), this.health);
		this.limit = new DeliveryLimit(settings.maxInFlight());
		this.batchLimit = new AtomicInteger(settings.batchSize());
		this.store = (settings.journal() != null)
				? new JournalPendingEvents(Journal.open(settings.journal()), settings.capacity())
				: new MemoryPendingEvents(settings);
		this.accounting = new Accounting(this.counters, deadLetters, this.store);
		this.counters.recovered(this.store.added());
		this.retries = new RetrySchedule(scheduler, this::wakeDispatcher);
		this.delivery = new BatchDelivery(sender, settings, new BatchDelivery.Collaborators(this.circuitBreaker,
				this.accounting, this.health, this.listeners, this.batchLimit, this.limit, this.retries));
		this.stop = new PipelineStop(this.store, this.accounting, this.retries, this.counters);
		if (this.store.added() > 0) {
			logger.info("Monigo metering found {} usage events left undelivered by an earlier run in {}; "
					+ "delivering them first", this.store.added(), settings.journal().directory());
		}
	}

	/** Adds a listener, for example the meters. */
	public void addListener(PipelineListener listener) {
		this.listeners.add(listener);
	}

	/**
	 * Adds a stage that holds events before recording them here: they show as waiting, a flush waits
	 * for them first, and shutdown gives them their chance before draining.
	 */
	public void addHoldingStage(HoldingStage stage) {
		this.stages.add(stage);
	}

	/** Events held by the holding stages, not recorded yet. */
	public int waitingCount() {
		return this.stages.heldCount();
	}

	/** The counters, live. */
	public IngestCounters counters() {
		return this.counters;
	}

	public MeteringSettings settings() {
		return this.settings;
	}

	/** The journal's state, or null when events are kept in memory only. */
	public @Nullable JournalStatus journalStatus() {
		return this.store.journalStatus();
	}

	/** How many batches may be on their way now (the adaptive limit). */
	public int inFlightLimit() {
		return this.limit.current();
	}

	/**
	 * Starts the dispatcher: first with what an earlier run left in the journal, or again after
	 * {@link #shutdown} with what that left. Does nothing when running or closed.
	 */
	public synchronized void start() {
		if (this.running || this.closed) {
			return;
		}
		this.store.rewind();
		Dispatcher worker = new Dispatcher(this.store, this.settings, this.delivery, this.accounting, this.flushes,
				this.retries, this.limit, this.batchLimit, this.listeners);
		this.dispatcher = worker;
		this.accepting = true;
		this.running = true;
		worker.start();
		this.deadLetterFlushes = Flux.interval(DEAD_LETTER_FLUSH, this.scheduler).subscribe((tick) -> flushDeadLetters());
	}

	public boolean isRunning() {
		return this.running;
	}

	@Override
	public IngestEvent record(IngestEvent event) {
		IngestEvent stamped = this.stamper.stamp(event);
		if (this.closed || (!this.accepting && !this.store.isDurable())) {
			this.counters.recorded();
			this.accounting.droppedAtRecord(stamped, DropReason.STOPPED);
			return stamped;
		}
		Pending pending = this.store.prepare(stamped);
		this.counters.recorded();
		this.counters.pendingAdded();
		DropReason refused = this.store.add(pending);
		if (refused != null) {
			this.accounting.droppedPending(pending, refused);
			return stamped;
		}
		Dispatcher worker = this.dispatcher;
		if (worker != null) {
			worker.eventAdded();
		}
		return stamped;
	}

	/**
	 * Accounts for an event a {@link HoldingStage} gave up on before recording it: counted as recorded
	 * and as dropped for the reason, and handed to the dead-letter handler as it is (not validated, not
	 * stamped).
	 */
	public void recordDropped(IngestEvent event, DropReason reason) {
		this.counters.recorded();
		this.accounting.droppedAtRecord(event, reason);
	}

	/**
	 * {@inheritDoc} First waits until the events the holding stages held at the call are recorded or
	 * dropped. While Monigo is unreachable it completes only once it is back: bound the wait.
	 */
	@Override
	public CompletableFuture<Void> flush() {
		if (!this.running) {
			return CompletableFuture.completedFuture(null);
		}
		if (this.stages.isEmpty()) {
			return flushPending();
		}
		return this.stages.released().thenCompose((released) -> flushPending());
	}

	private CompletableFuture<Void> flushPending() {
		CompletableFuture<Void> flushed = this.flushes.request(this.store.added());
		wakeDispatcher();
		if (!this.running) {
			this.flushes.completeAll();
		}
		return flushed;
	}

	private void wakeDispatcher() {
		Dispatcher worker = this.dispatcher;
		if (worker != null) {
			worker.wake();
		}
	}

	@Override
	public IngestStatus status() {
		return new IngestStatus(state(), this.counters.recordedCount(), this.counters.deliveredCount(),
				this.counters.duplicateCount(), this.counters.rejectedCount(), this.counters.droppedByReason(),
				this.counters.pendingCount(), waitingCount(), this.settings.capacity(), oldestPendingAge(),
				this.health.lastSuccess(), this.health.lastError(), this.counters.recoveredCount(),
				this.counters.unknownCount(), this.health.failureStreak(), this.limit.current(),
				this.store.journalStatus());
	}

	private PipelineState state() {
		if (!this.running) {
			return PipelineState.STOPPED;
		}
		PipelineState paused = this.health.pausedState();
		if (paused != null && paused != PipelineState.CIRCUIT_OPEN) {
			return paused;
		}
		return (this.circuitBreaker.getState() == CircuitBreaker.State.OPEN) ? PipelineState.CIRCUIT_OPEN
				: PipelineState.RUNNING;
	}

	/** How long the oldest pending event has waited, by its timestamp. */
	public Duration oldestPendingAge() {
		Instant oldest = this.accounting.oldestLive();
		Instant untaken = this.store.oldestUntaken();
		if (untaken.isBefore(oldest)) {
			oldest = untaken;
		}
		if (oldest.equals(Instant.MAX)) {
			return Duration.ZERO;
		}
		Duration age = Duration.between(oldest, Instant.now());
		return age.isNegative() ? Duration.ZERO : age;
	}

	/** Drains and stops within the configured shutdown timeout, then releases the journal. */
	@Override
	public void close() {
		shutdown(this.settings.shutdownTimeout());
		synchronized (this) {
			if (!this.closed) {
				this.closed = true;
				this.store.close();
			}
		}
	}

	/**
	 * Within the timeout: lets the holding stages record what they hold, then delivers what is pending.
	 * What is left then stays in the journal for the next start, pending; with the journal off, it is
	 * counted as dropped ({@code shutdown}) and handed to the dead-letter handler, and a batch whose
	 * request was on its way is counted apart, as {@code unknown}.
	 */
	public synchronized void shutdown(Duration timeout) {
		Dispatcher worker = this.dispatcher;
		if (!this.running || worker == null) {
			return;
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		this.stages.releaseOrDrop(timeout);
		this.accepting = false;
		worker.hurry();
		this.stop.awaitDrain(flushPending(), Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), timeout);
		this.running = false;
		worker.stop();
		this.dispatcher = null;
		if (this.deadLetterFlushes != null) {
			this.deadLetterFlushes.dispose();
		}
		this.stop.accountForWhatIsLeft(worker.cancelInFlight());
		this.flushes.completeAll();
		flushDeadLetters();
		logger.info("Monigo metering stopped: {}", this.counters);
	}

	private void flushDeadLetters() {
		try {
			this.deadLetters.flush();
		}
		catch (RuntimeException handlerFailure) {
			logger.error("Dead-letter handler failed to flush", handlerFailure);
		}
	}

}
