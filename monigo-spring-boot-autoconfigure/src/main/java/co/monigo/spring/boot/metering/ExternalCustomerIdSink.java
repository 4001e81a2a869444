package co.monigo.spring.boot.metering;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.DropReason;
import co.monigo.metering.EventValidator;
import co.monigo.metering.HoldingStage;
import co.monigo.metering.UsageRecorder;

/**
 * Maps the application's own customer ids (Monigo's {@code external_id}) to Monigo customer ids
 * before recording, off the request thread. A known id is recorded at once. An event for an id not
 * known yet waits while one {@code GET /v1/customers/{external_id}} runs for the id, then is recorded.
 * <p>
 * What a stranger's ids can cost is bounded: an id Monigo has no customer for is remembered as missing
 * and looked up again only after a delay that doubles up to the longest retry interval; after the last
 * look-up allowed its events are dropped ({@link DropReason#CUSTOMER_UNRESOLVED}) and so are its new
 * ones until the miss is forgotten. Events wait at most a bound per id and in all; when all places are
 * taken, an event of an id not known to be missing takes the place of one whose id is. Known mappings
 * are kept apart from misses, so strangers can't evict them, and events of known customers never wait.
 * Misses are logged at a bounded rate ({@link MissLog}). At most a few look-ups run at once (the
 * client's connections are the pipeline's too); the others start as those end.
 * <p>
 * In front of the batching pipeline this is its {@link HoldingStage}: the pipeline shows the events
 * waiting here, its flush and shutdown wait for them, except those of ids known to be missing, which
 * would only hold a graceful stop up for the whole shutdown timeout. What is given up on goes to the
 * {@link DropRecorder}, so the pipeline counts it and dead-letters it with the application's customer id.
 */
public final class ExternalCustomerIdSink implements MeteredEventSink, HoldingStage, AutoCloseable {

	private static final String NOT_FOUND = "Monigo has no customer with this id or external_id; set "
			+ "monigo.metering.customer.create-missing=true to create it";

	/** Look-ups running at once at most. */
	static final int MAX_CONCURRENT_LOOKUPS = 8;

	private final UsageRecorder recorder;

	private final DropRecorder drops;

	private final CustomerLookup lookup;

	private final Cache<String, String> monigoIds;

	private final MissingCustomers missing;

	private final WaitingEvents waiting;

	private final MissLog missLog;

	private final Map<String, Boolean> lookingUp = new ConcurrentHashMap<>();

	private final LongAdder lookups = new LongAdder();

	private final LongAdder failedLookups = new LongAdder();

	private final LongAdder dropped = new LongAdder();

	private final Disposable ticks;

	/**
	 * Creates the sink. In front of a {@code BatchingUsageRecorder}, add it as the recorder's holding
	 * stage and pass the recorder's {@code recordDropped} as {@code drops}.
	 * @param recorder where mapped events go
	 * @param drops accounts for the events given up on
	 * @param client the client the customers are looked up (and created) with
	 * @param settings the mapping's settings
	 */
	public ExternalCustomerIdSink(UsageRecorder recorder, DropRecorder drops, MonigoClient client,
			ExternalCustomerIdSettings settings) {
		this.recorder = recorder;
		this.drops = drops;
		this.lookup = new CustomerLookup(client, settings.createMissing());
		this.waiting = new WaitingEvents(settings.maxWaiting(), settings.maxWaitingPerCustomer());
		this.monigoIds = Caffeine.newBuilder()
			.maximumSize(settings.cacheSize())
			.expireAfterWrite(settings.cacheTtl())
			.build();
		this.missing = new MissingCustomers(settings.retryInterval(), settings.maxRetryInterval(),
				settings.maxLookups(), settings.cacheSize());
		this.missLog = new MissLog(MissLog.INTERVAL, System.nanoTime());
		Duration tick = (settings.retryInterval().compareTo(Duration.ofSeconds(1)) < 0) ? settings.retryInterval()
				: Duration.ofSeconds(1);
		this.ticks = Flux.interval(tick, tick).subscribe((count) -> tick());
	}

	@Override
	public void accept(IngestEvent event) {
		String externalId = event.customerId();
		String monigoId = this.monigoIds.getIfPresent(externalId);
		if (monigoId != null) {
			this.recorder.record(withCustomer(event, monigoId));
			return;
		}
		// The recorder validates what it records; an event held back is validated now, at its call.
		EventValidator.check(event);
		IngestEvent stamped = (event.timestamp() != null) ? event : event.withTimestamp(Instant.now());
		if (this.missing.isGivenUp(externalId) || !startWaiting(externalId, stamped)) {
			drop(stamped, DropReason.CUSTOMER_UNRESOLVED);
			return;
		}
		String foundMeanwhile = this.monigoIds.getIfPresent(externalId);
		if (foundMeanwhile != null) {
			release(externalId, foundMeanwhile);
		}
		else {
			lookUpIfDue(externalId);
		}
	}

	/** Adds the event; when all places are taken, an id not known to be missing may take one of a missing id's. */
	private boolean startWaiting(String externalId, IngestEvent event) {
		if (this.waiting.add(externalId, event)) {
			return true;
		}
		if (this.missing.isMissing(externalId)) {
			return false;
		}
		for (String other : this.waiting.externalIds()) {
			if (this.missing.isMissing(other)) {
				IngestEvent pushedOut = this.waiting.takeOldest(other);
				if (pushedOut != null) {
					drop(pushedOut, DropReason.CUSTOMER_UNRESOLVED);
					return this.waiting.add(externalId, event);
				}
			}
		}
		return false;
	}

	private void lookUpIfDue(String externalId) {
		if (!this.missing.isDue(externalId, System.nanoTime()) || this.lookingUp.size() >= MAX_CONCURRENT_LOOKUPS
				|| this.lookingUp.putIfAbsent(externalId, Boolean.TRUE) != null) {
			return;
		}
		// A look-up that ended just before this one started has put its answer first.
		String foundJustNow = this.monigoIds.getIfPresent(externalId);
		if (foundJustNow != null) {
			this.lookingUp.remove(externalId);
			release(externalId, foundJustNow);
			return;
		}
		this.lookups.increment();
		this.lookup.monigoIdOf(externalId)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.subscribe((monigoId) -> monigoId.ifPresentOrElse((id) -> found(externalId, id),
					() -> missed(externalId, true, NOT_FOUND)),
					(failure) -> missed(externalId, false, String.valueOf(failure.getMessage())));
	}

	private void found(String externalId, String monigoId) {
		this.monigoIds.put(externalId, monigoId);
		this.missing.found(externalId);
		this.lookingUp.remove(externalId);
		release(externalId, monigoId);
		startDueLookups();
	}

	/** Remembers the miss (before the look-up ends, so the id is never seen neither missing nor looked up). */
	private void missed(String externalId, boolean notFound, String why) {
		this.failedLookups.increment();
		long now = System.nanoTime();
		MissingCustomers.Miss miss = this.missing.missed(externalId, notFound, now);
		this.lookingUp.remove(externalId);
		this.missLog.missed(externalId, miss, this.waiting.count(externalId), now, why);
		if (miss.givenUp()) {
			this.waiting.handOn(externalId, (event) -> drop(event, DropReason.CUSTOMER_UNRESOLVED));
		}
		this.waiting.recheckReleases();
		startDueLookups();
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
			drop(event, DropReason.CUSTOMER_UNRESOLVED);
		}
	}

	private void drop(IngestEvent event, DropReason reason) {
		this.dropped.increment();
		this.drops.recordDropped(event, reason);
	}

	private void tick() {
		startDueLookups();
		this.missLog.tick(System.nanoTime());
	}

	/**
	 * Starts the look-ups of waiting ids that are due, as long as places for look-ups are free: first
	 * those of ids never looked up, then those of ids known to be missing.
	 */
	private void startDueLookups() {
		startDueLookups(false);
		startDueLookups(true);
	}

	private void startDueLookups(boolean missed) {
		for (String externalId : this.waiting.externalIds()) {
			if (this.lookingUp.size() >= MAX_CONCURRENT_LOOKUPS) {
				return;
			}
			if (this.missing.isMissing(externalId) == missed) {
				lookUpIfDue(externalId);
			}
		}
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
	 * Completes once every event waiting at the call has been recorded or dropped, or waits for an id
	 * known to be missing, which is not waited for: its next look-up may be minutes away, and a
	 * graceful stop would wait the whole shutdown timeout for nothing. Looks up at once the waiting ids
	 * that are due, instead of at the next tick.
	 */
	@Override
	public CompletableFuture<Void> released() {
		CompletableFuture<Void> released = this.waiting.released((externalId) -> !this.missing.isMissing(externalId));
		startDueLookups();
		return released;
	}

	/** Drops every event waiting now, through the {@link DropRecorder}. */
	@Override
	public void dropHeld(DropReason reason) {
		this.waiting.handOnAll((event) -> drop(event, reason));
	}

	/** Look-ups made: one {@code GET} each, and a create when configured. */
	public long lookupCount() {
		return this.lookups.sum();
	}

	/** Look-ups that found no customer or failed. */
	public long failedLookupCount() {
		return this.failedLookups.sum();
	}

	/** Events given up on: too many were waiting, the id was given up on, or still waiting at shutdown. */
	public long droppedCount() {
		return this.dropped.sum();
	}

	/** The Monigo id cached for an external id; null when not known (yet). */
	public @Nullable String cachedMonigoId(String externalId) {
		return this.monigoIds.getIfPresent(externalId);
	}

	/** Whether the last look-up of the id found no customer or failed, and the miss is still remembered. */
	public boolean isKnownMissing(String externalId) {
		return this.missing.isMissing(externalId);
	}

	/** Stops looking ids up, writes the misses left to sum up and drops the events still waiting (shutdown). */
	@Override
	public void close() {
		this.ticks.dispose();
		this.missLog.close();
		dropHeld(DropReason.SHUTDOWN);
	}

}
