package co.monigo.metering;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;

import co.monigo.client.model.IngestEvent;

/**
 * The ingest pipeline: a bounded buffer filled by {@link #record} and emptied by one dispatcher
 * thread into batches of up to {@link MeteringSettings#batchSize()} events, sent when full or after
 * the linger interval, with at most {@link MeteringSettings#maxInFlight()} batches on their way.
 * Delivery rules per failure are in {@link BatchDelivery}; the accounting in {@link IngestCounters}.
 * <p>
 * Call {@link #start()} before recording and {@link #close()} to drain and stop. Thread-safe.
 */
public final class BatchingUsageRecorder implements UsageRecorder, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(BatchingUsageRecorder.class);

	/** How often the dispatcher looks up from a wait to see a flush or a stop. */
	private static final long STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

	private final MeteringSettings settings;

	private final ArrayBlockingQueue<IngestEvent> buffer;

	private final IngestCounters counters = new IngestCounters();

	private final Accounting accounting;

	private final PipelineHealth health = new PipelineHealth();

	private final CircuitBreaker circuitBreaker;

	private final BatchDelivery delivery;

	private final EventStamper stamper = new EventStamper();

	private final Listeners listeners = new Listeners();

	private final Semaphore inFlight;

	private final AtomicInteger batchLimit;

	private final Queue<FlushRequest> flushRequests = new ConcurrentLinkedQueue<>();

	private final Queue<Outstanding> outstanding = new ConcurrentLinkedQueue<>();

	private final List<HoldingStage> holdingStages = new CopyOnWriteArrayList<>();

	private volatile boolean accepting = true;

	private volatile boolean running;

	private volatile boolean stopped;

	private @Nullable Thread dispatcher;

	/** Events taken from the buffer so far; written by the dispatcher thread only. */
	private long dequeued;

	/**
	 * The oldest timestamp of the events the dispatcher holds between the buffer and a live batch
	 * (filling a batch, or waiting for an in-flight slot); {@link Instant#MAX} when it holds none.
	 */
	private volatile Instant held = Instant.MAX;

	public BatchingUsageRecorder(IngestSender sender, MeteringSettings settings, DeadLetterHandler deadLetters) {
		this.settings = settings;
		this.buffer = new ArrayBlockingQueue<>(settings.capacity());
		this.accounting = new Accounting(this.counters, deadLetters);
		this.inFlight = new Semaphore(settings.maxInFlight());
		this.batchLimit = new AtomicInteger(settings.batchSize());
		this.circuitBreaker = CircuitBreaker.of("monigo-ingest",
				CircuitBreakerConfig.custom()
					.failureRateThreshold(settings.circuitFailureRate())
					.slidingWindowSize(20)
					.minimumNumberOfCalls(10)
					.waitDurationInOpenState(settings.circuitOpenDuration())
					.permittedNumberOfCallsInHalfOpenState(2)
					.recordException(FailureKind::isServerTrouble)
					.build());
		this.delivery = new BatchDelivery(sender, settings, this.circuitBreaker, this.accounting, this.health,
				this.listeners, this.batchLimit);
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
		this.holdingStages.add(stage);
	}

	/** Events held by the holding stages, not recorded yet. */
	public int waitingCount() {
		int waiting = 0;
		for (HoldingStage stage : this.holdingStages) {
			waiting += stage.heldCount();
		}
		return waiting;
	}

	/** The counters, live. */
	public IngestCounters counters() {
		return this.counters;
	}

	public MeteringSettings settings() {
		return this.settings;
	}

	/** The circuit breaker guarding ingest requests. */
	public CircuitBreaker circuitBreaker() {
		return this.circuitBreaker;
	}

	/** Starts the dispatcher thread. Does nothing when already started. */
	public synchronized void start() {
		if (this.running || this.stopped) {
			return;
		}
		this.running = true;
		Thread thread = new Thread(this::dispatch, "monigo-ingest");
		thread.setDaemon(true);
		this.dispatcher = thread;
		thread.start();
	}

	public boolean isRunning() {
		return this.running;
	}

	@Override
	public IngestEvent record(IngestEvent event) {
		IngestEvent stamped = this.stamper.stamp(event);
		this.counters.recorded();
		if (!this.accepting) {
			this.accounting.droppedAtRecord(stamped, DropReason.STOPPED);
			return stamped;
		}
		this.counters.pendingAdded();
		if (!offer(stamped)) {
			DropReason reason = (this.settings.overflowPolicy() == OverflowPolicy.BLOCK) ? DropReason.BLOCK_TIMEOUT
					: DropReason.QUEUE_FULL;
			this.accounting.droppedFromBuffer(stamped, reason);
		}
		else if (this.stopped && this.buffer.remove(stamped)) {
			this.accounting.droppedFromBuffer(stamped, DropReason.STOPPED);
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

	private boolean offer(IngestEvent event) {
		if (this.settings.overflowPolicy() == OverflowPolicy.DROP_NEW) {
			return this.buffer.offer(event);
		}
		try {
			return this.buffer.offer(event, this.settings.overflowBlockTimeout().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * {@inheritDoc} First waits until the events the holding stages held at the call are recorded or
	 * dropped.
	 */
	@Override
	public CompletableFuture<Void> flush() {
		if (!this.running) {
			return CompletableFuture.completedFuture(null);
		}
		if (this.holdingStages.isEmpty()) {
			return flushBuffer();
		}
		return releasedByStages().thenCompose((released) -> flushBuffer());
	}

	private CompletableFuture<Void> releasedByStages() {
		return CompletableFuture
			.allOf(this.holdingStages.stream().map(HoldingStage::released).toArray(CompletableFuture[]::new));
	}

	private CompletableFuture<Void> flushBuffer() {
		FlushRequest request = new FlushRequest();
		this.flushRequests.add(request);
		// Shutdown completes the requests it finds once stopped; one added after that completes here.
		if (!this.running) {
			this.flushRequests.remove(request);
			request.future.complete(null);
		}
		return request.future;
	}

	@Override
	public IngestStatus status() {
		return new IngestStatus(state(), this.counters.recordedCount(), this.counters.deliveredCount(),
				this.counters.duplicateCount(), this.counters.rejectedCount(), this.counters.droppedByReason(),
				this.counters.pendingCount(), waitingCount(), this.settings.capacity(), oldestPendingAge(),
				this.health.lastSuccess(), this.health.lastError());
	}

	private PipelineState state() {
		if (!this.running) {
			return PipelineState.STOPPED;
		}
		PipelineState paused = this.health.pausedState();
		if (paused != null) {
			return paused;
		}
		return (this.circuitBreaker.getState() == CircuitBreaker.State.OPEN) ? PipelineState.CIRCUIT_OPEN
				: PipelineState.RUNNING;
	}

	/** How long the oldest pending event has waited, by its timestamp. */
	public Duration oldestPendingAge() {
		Instant oldest = this.accounting.oldestLive();
		if (this.held.isBefore(oldest)) {
			oldest = this.held;
		}
		IngestEvent head = this.buffer.peek();
		if (head != null && head.timestamp() != null && head.timestamp().isBefore(oldest)) {
			oldest = head.timestamp();
		}
		if (oldest.equals(Instant.MAX)) {
			return Duration.ZERO;
		}
		Duration age = Duration.between(oldest, Instant.now());
		return age.isNegative() ? Duration.ZERO : age;
	}

	/** Drains and stops within the configured shutdown timeout. */
	@Override
	public void close() {
		shutdown(this.settings.shutdownTimeout());
	}

	/**
	 * Within the timeout: lets the holding stages record what they hold, stops accepting events and
	 * delivers what is pending; then counts whatever is left, held or pending, as dropped
	 * ({@code shutdown}) and hands it to the dead-letter handler, whole.
	 */
	public synchronized void shutdown(Duration timeout) {
		if (this.stopped) {
			return;
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		awaitStages(timeout);
		this.holdingStages.forEach(this::dropHeld);
		this.accepting = false;
		awaitDrain(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
		this.running = false;
		joinDispatcher();
		this.stopped = true;
		this.accounting.dropLive(DropReason.SHUTDOWN);
		this.outstanding.forEach(Outstanding::cancel);
		for (IngestEvent left = this.buffer.poll(); left != null; left = this.buffer.poll()) {
			this.accounting.droppedFromBuffer(left, DropReason.SHUTDOWN);
		}
		this.flushRequests.forEach((request) -> request.future.complete(null));
		this.flushRequests.clear();
		logger.info("Monigo metering stopped: {}", this.counters);
	}

	private void awaitStages(Duration timeout) {
		if (this.holdingStages.isEmpty()) {
			return;
		}
		try {
			releasedByStages().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException late) {
			logger.warn("Monigo metering: {} events still waiting to be recorded after the shutdown timeout of {}",
					waitingCount(), timeout);
		}
		catch (ExecutionException unexpected) {
			logger.warn("Monigo metering: waiting for held events failed", unexpected.getCause());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void dropHeld(HoldingStage stage) {
		try {
			stage.dropHeld(DropReason.SHUTDOWN);
		}
		catch (RuntimeException unexpected) {
			logger.error("Monigo metering: a holding stage failed to drop what it held", unexpected);
		}
	}

	private void awaitDrain(Duration timeout) {
		try {
			flushBuffer().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException late) {
			logger.warn("Monigo metering: {} events still pending after the shutdown timeout of {}",
					this.counters.pendingCount(), timeout);
		}
		catch (ExecutionException unexpected) {
			logger.warn("Monigo metering: draining failed", unexpected.getCause());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void joinDispatcher() {
		Thread thread = this.dispatcher;
		if (thread == null) {
			return;
		}
		try {
			thread.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void dispatch() {
		while (this.running) {
			try {
				serviceFlushes();
				IngestEvent first = this.buffer.poll(STEP_NANOS, TimeUnit.NANOSECONDS);
				if (first == null) {
					continue;
				}
				this.held = (first.timestamp() != null) ? first.timestamp() : Instant.now();
				List<IngestEvent> events = collectBatch(first);
				this.held = Batch.oldest(events);
				long firstSequence = this.dequeued;
				this.dequeued += events.size();
				if (acquireSlot()) {
					launch(events, firstSequence);
				}
				else {
					events.forEach((event) -> this.accounting.droppedFromBuffer(event, DropReason.SHUTDOWN));
				}
				this.held = Instant.MAX;
				serviceFlushes();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException unexpected) {
				logger.error("Monigo metering dispatcher hit an unexpected failure; carrying on", unexpected);
			}
		}
	}

	private List<IngestEvent> collectBatch(IngestEvent first) throws InterruptedException {
		int limit = this.batchLimit.get();
		List<IngestEvent> events = new ArrayList<>(limit);
		events.add(first);
		long deadline = System.nanoTime() + this.settings.linger().toNanos();
		while (events.size() < limit) {
			this.buffer.drainTo(events, limit - events.size());
			if (events.size() >= limit || !this.flushRequests.isEmpty() || !this.running) {
				break;
			}
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				break;
			}
			IngestEvent next = this.buffer.poll(Math.min(remaining, STEP_NANOS), TimeUnit.NANOSECONDS);
			if (next != null) {
				events.add(next);
			}
		}
		return events;
	}

	private boolean acquireSlot() throws InterruptedException {
		while (this.running) {
			if (this.inFlight.tryAcquire(STEP_NANOS, TimeUnit.NANOSECONDS)) {
				return true;
			}
		}
		return false;
	}

	private void launch(List<IngestEvent> events, long firstSequence) {
		Batch batch = new Batch(events);
		this.accounting.track(batch);
		this.listeners.batchSent(batch.size());
		Outstanding entry = new Outstanding(firstSequence);
		this.outstanding.add(entry);
		entry.subscription = this.delivery.deliver(batch).doFinally((signal) -> {
			this.inFlight.release();
			this.outstanding.remove(entry);
			entry.done.complete(null);
		}).subscribe(null, (failure) -> logger.error("Monigo batch delivery failed unexpectedly", failure));
	}

	/**
	 * Completes each flush whose events have all left the buffer, once the batches holding them settle.
	 * A flush's target is fixed when the dispatcher first sees it: the buffer's consumer is this thread
	 * alone, so every event recorded before the flush is then either taken or still in the buffer.
	 */
	private void serviceFlushes() {
		for (FlushRequest request : this.flushRequests) {
			if (request.target < 0) {
				request.target = this.dequeued + this.buffer.size();
			}
			if (this.dequeued >= request.target) {
				this.flushRequests.remove(request);
				CompletableFuture<?>[] batches = this.outstanding.stream()
					.filter((entry) -> entry.firstSequence < request.target)
					.map((entry) -> entry.done)
					.toArray(CompletableFuture[]::new);
				CompletableFuture.allOf(batches).whenComplete((done, failure) -> request.future.complete(null));
			}
		}
	}

	private static final class FlushRequest {

		private final CompletableFuture<Void> future = new CompletableFuture<>();

		private long target = -1;

	}

	private static final class Outstanding {

		private final long firstSequence;

		private final CompletableFuture<Void> done = new CompletableFuture<>();

		private volatile @Nullable Disposable subscription;

		Outstanding(long firstSequence) {
			this.firstSequence = firstSequence;
		}

		void cancel() {
			Disposable current = this.subscription;
			if (current != null) {
				current.dispose();
			}
			this.done.complete(null);
		}

	}

}
