package co.monigo.metering;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import reactor.core.publisher.Mono;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.internal.RetryPolicy;
import co.monigo.client.model.IngestResult;

/**
 * Makes one attempt to deliver a batch and decides what follows from the answer: settle it, send the
 * rest of a partial answer again, wait out a backoff (holding no slot), pause on 401/402/403, or split
 * a refused batch to isolate the events Monigo will not take. The retry rules differ per outcome and
 * keep the batch indefinitely, which Resilience4j's retry (a fixed attempt budget, one rule) does not
 * express; its backoff functions and circuit breaker are used as they are.
 */
final class BatchDelivery {

	/** The longest {@code Retry-After} honoured: a longer one is likely a server bug. */
	private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(15);

	/**
	 * How often the events a 2xx answer left out are sent again before they are counted as of unknown
	 * outcome: a server that keeps leaving them out is not going to name them.
	 */
	private static final int MOST_UNACKNOWLEDGED_ATTEMPTS = 5;

	/**
	 * How soon a call the circuit refused while its probes are out (half-open) is tried again: cheap, as
	 * nothing is sent, and a probe that succeeds makes every waiting batch ready at once anyway.
	 */
	private static final Duration LONGEST_NOT_PERMITTED_WAIT = Duration.ofSeconds(1);

	/** Past the circuit's open duration, so the breaker, which measures it on its own, lets the call through. */
	private static final Duration OPEN_MARGIN = Duration.ofMillis(10);

	private static final Pattern EVENT_INDEX = Pattern.compile("^events\\[(\\d+)]");

	private final IngestSender sender;

	private final MeteringSettings settings;

	private final CircuitBreaker circuitBreaker;

	private final Accounting accounting;

	private final PipelineHealth health;

	private final PipelineListener listener;

	private final IntervalFunction backoff;

	private final AtomicInteger batchLimit;

	private final DeliveryLimit limit;

	private final RetrySchedule retries;

	BatchDelivery(IngestSender sender, MeteringSettings settings, Collaborators with) {
		this.sender = sender;
		this.settings = settings;
		this.circuitBreaker = with.circuitBreaker();
		this.accounting = with.accounting();
		this.health = with.health();
		this.listener = with.listener();
		this.batchLimit = with.batchLimit();
		this.limit = with.limit();
		this.retries = with.retries();
		this.backoff = RetryPolicy.backoff(settings.retryInitialBackoff(), settings.retryMultiplier(),
				settings.retryJitter(), settings.retryMaxBackoff());
	}

	/** What a delivery works with, shared with the dispatcher. */
	record Collaborators(CircuitBreaker circuitBreaker, Accounting accounting, PipelineHealth health,
			PipelineListener listener, AtomicInteger batchLimit, DeliveryLimit limit, RetrySchedule retries) {
	}

	/**
	 * One attempt, made while the caller holds a slot; completes when its outcome is handled. Never
	 * fails: every failure is turned into what follows it.
	 * @param inFlight how many batches were on their way with this one when it was sent
	 */
	Mono<Void> attempt(Batch batch, int inFlight) {
		return Mono.defer(() -> {
			if (batch.isSettled()) {
				return Mono.empty();
			}
			long started = System.nanoTime();
			return this.sender.sendJson(batch.events(), batch.body(), batch.requestKey())
				.transformDeferred(CircuitBreakerOperator.of(this.circuitBreaker))
				.doOnNext((result) -> succeeded(batch, result, started, inFlight))
				.then()
				.onErrorResume((failure) -> {
					failed(batch, failure, started, inFlight);
					return Mono.empty();
				});
		});
	}

	private void succeeded(Batch batch, IngestResult result, long started, int inFlight) {
		this.listener.requestCompleted("success", 200, System.nanoTime() - started);
		this.limit.sample(started, inFlight, false);
		if (this.health.succeeded()) {
			this.retries.resumeAll();
		}
		Batch unacknowledged = this.accounting.delivered(batch, result);
		if (unacknowledged == null) {
			return;
		}
		// A 2xx that does not name every event: those it left out are not delivered; send them again.
		if (unacknowledged.nextUnacknowledged() > MOST_UNACKNOWLEDGED_ATTEMPTS) {
			this.accounting.unknown(unacknowledged);
			return;
		}
		this.listener.retried();
		this.retries.later(unacknowledged, backoff(unacknowledged.nextAttempt(), null));
	}

	private void failed(Batch batch, Throwable failure, long started, int inFlight) {
		FailureKind kind = FailureKind.of(failure);
		if (kind == FailureKind.NOT_PERMITTED) {
			// Nothing was sent: no request to time, no attempt, nothing for the limit to learn. Nor a pause
			// to report: the circuit's opening was reported when it opened, and a call refused while the
			// half-open circuit's probes are out, after a probe succeeded, is no new pause.
			this.retries.later(batch, notPermittedWait());
			return;
		}
		int status = (failure instanceof MonigoApiException apiFailure) ? apiFailure.status() : 0;
		this.listener.requestCompleted(kind.outcome(), status, System.nanoTime() - started);
		this.health.failed(kind, failure);
		if (kind == FailureKind.REFUSED) {
			this.limit.sample(started, inFlight, false);
			isolate(batch, (MonigoApiException) failure);
			return;
		}
		this.listener.retried();
		if (kind == FailureKind.TRANSIENT) {
			this.limit.sample(started, inFlight, true);
			this.retries.later(batch, backoff(batch.nextAttempt(), failure));
		}
		else {
			this.retries.later(batch, this.settings.pausedRetryInterval());
		}
	}

	/**
	 * Until the open circuit lets probes through, so a Monigo that came back is found as soon as the breaker
	 * allows (a fixed wait added up to that wait to the open duration); once it does (half-open, probes
	 * out), a short wait.
	 */
	private Duration notPermittedWait() {
		Duration open = this.settings.circuit().openDuration();
		Duration stillOpen = open.minusNanos(System.nanoTime() - this.health.circuitOpenedAt());
		if (stillOpen.compareTo(Duration.ZERO) > 0) {
			return stillOpen.plus(OPEN_MARGIN);
		}
		return (open.compareTo(LONGEST_NOT_PERMITTED_WAIT) < 0) ? open : LONGEST_NOT_PERMITTED_WAIT;
	}

	private Duration backoff(int attempt, Throwable failure) {
		if (failure instanceof MonigoApiException apiFailure && apiFailure.retryAfter().isPresent()) {
			Duration asked = apiFailure.retryAfter().get();
			return (asked.compareTo(LONGEST_RETRY_AFTER) > 0) ? LONGEST_RETRY_AFTER : asked;
		}
		return Duration.ofMillis(this.backoff.apply(attempt));
	}

	private void isolate(Batch batch, MonigoApiException failure) {
		if (failure.status() == 413) {
			this.batchLimit.updateAndGet((limit) -> Math.max(1, Math.min(limit, batch.size() / 2)));
		}
		Map<String, String> named = namedReasons(batch, failure);
		if (batch.size() == 1) {
			this.accounting.rejected(batch, failure, named);
			return;
		}
		if (!named.isEmpty()) {
			List<Batch> parts = batch.partition(named.keySet());
			Batch refused = parts.get(0);
			Batch rest = parts.get(1);
			if (!this.accounting.split(batch, (rest.size() > 0) ? parts : List.of(refused))) {
				return;
			}
			this.accounting.rejected(refused, failure, named);
			if (rest.size() > 0) {
				this.retries.now(rest);
			}
			return;
		}
		List<Batch> halves = batch.halves();
		if (this.accounting.split(batch, halves)) {
			halves.forEach(this.retries::now);
		}
	}

	/**
	 * The events a 400 or 422 names in its details, by idempotency key or as {@code events[i]}, each with
	 * the reason Monigo gave for it.
	 */
	private static Map<String, String> namedReasons(Batch batch, MonigoApiException failure) {
		Map<String, String> named = new HashMap<>();
		if (failure.status() == 413) {
			return named;
		}
		List<Pending> events = batch.pending();
		Map<String, Pending> byKey = new HashMap<>();
		events.forEach((each) -> byKey.put(each.event().idempotencyKey(), each));
		failure.details().forEach((field, reason) -> {
			if (byKey.containsKey(field)) {
				named.put(field, String.valueOf(reason));
				return;
			}
			Matcher index = EVENT_INDEX.matcher(field);
			if (index.find()) {
				int position = Integer.parseInt(index.group(1));
				if (position < events.size()) {
					named.put(events.get(position).event().idempotencyKey(), String.valueOf(reason));
				}
			}
		});
		return named;
	}

}
