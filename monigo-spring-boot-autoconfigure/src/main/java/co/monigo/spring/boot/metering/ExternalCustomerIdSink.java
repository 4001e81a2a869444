package co.monigo.spring.boot.metering;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.client.MonigoClient;
import co.monigo.client.core.RequestOptions;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.DropReason;
import co.monigo.metering.EventValidator;
import co.monigo.metering.HoldingStage;
import co.monigo.metering.UsageRecorder;

/**
 * Maps the application's own customer ids (Monigo's {@code external_id}) to Monigo customer ids
 * before recording, off the request thread: a known id is recorded at once; an event for an id not
 * known yet waits (bounded) while one lookup per id runs, then is recorded. Mappings are cached,
 * bounded and expiring (Caffeine). An id that cannot be mapped keeps its events and is looked up again
 * every retry interval; optionally the customer is created on first sight.
 * <p>
 * In front of the batching pipeline this is its {@link HoldingStage}: the pipeline shows the events
 * waiting here, its flush and shutdown wait for them, and it counts those given up on (too many waiting,
 * {@link DropReason#CUSTOMER_UNRESOLVED}; still waiting at shutdown, {@link DropReason#SHUTDOWN}) in
 * its {@code recorded} and {@code dropped}, so the accounting adds up. Dropped events are dead-lettered
 * with the application's customer id.
 */
public final class ExternalCustomerIdSink implements MeteredEventSink, HoldingStage, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ExternalCustomerIdSink.class);

	private final UsageRecorder recorder;

	private final MonigoClient client;

	private final boolean createMissing;

	private final DeadLetterHandler deadLetters;

	private final AsyncLoadingCache<String, String> monigoIds;

	private final WaitingEvents waiting;

	private final LongAdder lookups = new LongAdder();

	private final LongAdder failedLookups = new LongAdder();

	private final LongAdder dropped = new LongAdder();

	private final Disposable retries;

	/**
	 * Creates the sink and, when the recorder is a {@link BatchingUsageRecorder}, adds it as the
	 * recorder's holding stage.
	 * @param recorder where mapped events go
	 * @param client the client the customers are looked up (and created) with
	 * @param deadLetters where dropped events go when the recorder is not a
	 * {@link BatchingUsageRecorder} (which dead-letters them itself)
	 * @param settings the mapping's settings
	 */
	public ExternalCustomerIdSink(UsageRecorder recorder, MonigoClient client, DeadLetterHandler deadLetters,
			Settings settings) {
		this.recorder = recorder;
		this.client = client;
		this.deadLetters = deadLetters;
		this.createMissing = settings.createMissing();
		this.waiting = new WaitingEvents(settings.maxWaiting());
		this.monigoIds = Caffeine.newBuilder()
			.maximumSize(settings.cacheSize())
			.expireAfterWrite(settings.cacheTtl())
			.buildAsync(this::lookUp);
		this.retries = Flux.interval(settings.retryInterval(), settings.retryInterval())
			.subscribe((tick) -> this.waiting.externalIds().forEach(this::resolve));
		if (recorder instanceof BatchingUsageRecorder batching) {
			batching.addHoldingStage(this);
		}
	}

	/**
	 * The mapping's settings.
	 *
	 * @param createMissing whether an unknown external id creates the customer (named after the id)
	 * @param cacheSize how many mappings are kept
	 * @param cacheTtl how long a mapping is trusted
	 * @param maxWaiting how many events may wait for their customer's lookup
	 * @param retryInterval how often the ids that could not be mapped are looked up again
	 */
	public record Settings(boolean createMissing, long cacheSize, Duration cacheTtl, int maxWaiting,
			Duration retryInterval) {
	}

	@Override
	public void accept(IngestEvent event) {
		String externalId = event.customerId();
		String monigoId = cachedMonigoId(externalId);
		if (monigoId != null) {
			this.recorder.record(withCustomer(event, monigoId));
			return;
		}
		// The recorder validates what it records; an event held back is validated now, at its call.
		EventValidator.check(event);
		IngestEvent stamped = (event.timestamp() != null) ? event : event.withTimestamp(Instant.now());
		if (!this.waiting.add(externalId, stamped)) {
			drop(stamped, DropReason.CUSTOMER_UNRESOLVED);
			return;
		}
		resolve(externalId);
	}

	private void resolve(String externalId) {
		this.monigoIds.get(externalId).thenAccept((monigoId) -> {
			if (monigoId != null) {
				release(externalId, monigoId);
			}
		});
	}

	private void release(String externalId, String monigoId) {
		this.waiting.handOn(externalId, (event) -> recordFor(monigoId, event));
	}

	/** An event refused now was valid when it started waiting: the id found is what makes it fail. */
	private void recordFor(String monigoId, IngestEvent event) {
		try {
			this.recorder.record(withCustomer(event, monigoId));
		}
		catch (RuntimeException refused) {
			logger.warn("Usage event for external id '{}' refused once mapped to '{}', dropped: {}",
					event.customerId(), monigoId, refused.getMessage());
			drop(event, DropReason.CUSTOMER_UNRESOLVED);
		}
	}

	private void drop(IngestEvent event, DropReason reason) {
		this.dropped.increment();
		if (this.recorder instanceof BatchingUsageRecorder batching) {
			batching.recordDropped(event, reason);
			return;
		}
		try {
			this.deadLetters.dropped(event, reason);
		}
		catch (RuntimeException handlerFailure) {
			logger.error("Dead-letter handler failed on a dropped event", handlerFailure);
		}
	}

	private CompletableFuture<String> lookUp(String externalId, Executor executor) {
		this.lookups.increment();
		return this.client.customers()
			.list()
			.collectList()
			.flatMap((customers) -> {
				customers.forEach(this::remember);
				return Mono.justOrEmpty(customers.stream()
					.filter((customer) -> externalId.equals(customer.externalId()))
					.map(Customer::id)
					.findFirst());
			})
			.switchIfEmpty(Mono.defer(() -> create(externalId)))
			.onErrorResume((failure) -> {
				notFound(externalId, failure.getMessage());
				return Mono.empty();
			})
			.toFuture();
	}

	/**
	 * A lookup that finds nothing completes with null, so the cache forgets it quietly (a failed future
	 * would make Caffeine log a stack trace on every retry) and the next retry looks again.
	 */
	private void notFound(String externalId, @Nullable String why) {
		this.failedLookups.increment();
		logger.warn("Monigo customer for external id '{}' not found yet; {} events wait: {}", externalId,
				this.waiting.count(externalId), why);
	}

	/**
	 * A listing tells about every customer: keep them all. Through the asynchronous view, which does
	 * not wait for a lookup in progress (the synchronous one would wait for this very lookup).
	 */
	private void remember(Customer customer) {
		if (customer.externalId() != null) {
			this.monigoIds.asMap()
				.putIfAbsent(customer.externalId(), CompletableFuture.completedFuture(customer.id()));
		}
	}

	private Mono<String> create(String externalId) {
		if (!this.createMissing) {
			return Mono.error(new IllegalStateException("no Monigo customer has external id '" + externalId
					+ "' (set monigo.metering.customer.create-missing=true to create it)"));
		}
		return this.client.customers()
			.create(CreateCustomerRequest.of(externalId, externalId),
					RequestOptions.idempotencyKey("monigo-create-customer-" + externalId))
			.map(Customer::id);
	}

	private static IngestEvent withCustomer(IngestEvent event, String monigoId) {
		return new IngestEvent(event.eventName(), monigoId, event.idempotencyKey(), event.timestamp(),
				event.properties());
	}

	/** Events waiting for their customer's Monigo id. */
	public int waitingCount() {
		return this.waiting.count();
	}

	@Override
	public int heldCount() {
		return waitingCount();
	}

	/**
	 * Completes once every event waiting at the call has been recorded or dropped. Looks the waiting
	 * ids up at once, as a flush sends at once, instead of at the next retry; an id being looked up
	 * already is not looked up twice.
	 */
	@Override
	public CompletableFuture<Void> released() {
		CompletableFuture<Void> released = this.waiting.released();
		this.waiting.externalIds().forEach(this::resolve);
		return released;
	}

	/** Drops every event waiting now: counted and dead-lettered. */
	@Override
	public void dropHeld(DropReason reason) {
		this.waiting.handOnAll((event) -> drop(event, reason));
	}

	/** Lookups made (each may map many ids). */
	public long lookupCount() {
		return this.lookups.sum();
	}

	/** Lookups that found no customer or failed. */
	public long failedLookupCount() {
		return this.failedLookups.sum();
	}

	/** Events given up on: too many were waiting, the id found was refused, or still waiting at shutdown. */
	public long droppedCount() {
		return this.dropped.sum();
	}

	/**
	 * The Monigo id cached for an external id; null while it is being looked up, or when the last
	 * lookup found nothing (such a lookup completes empty and leaves the cache).
	 */
	public @Nullable String cachedMonigoId(String externalId) {
		CompletableFuture<String> known = this.monigoIds.getIfPresent(externalId);
		return (known != null && known.isDone() && !known.isCompletedExceptionally()) ? known.getNow(null) : null;
	}

	/** Stops looking ids up again and drops the events still waiting, counted as dropped at shutdown. */
	@Override
	public void close() {
		this.retries.dispose();
		dropHeld(DropReason.SHUTDOWN);
	}

}
