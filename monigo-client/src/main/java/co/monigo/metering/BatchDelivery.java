package co.monigo.metering;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import reactor.core.publisher.Mono;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.internal.RetryPolicy;
import co.monigo.client.model.IngestEvent;

/**
 * Delivers one batch until it is settled: retries by the kind of failure, pauses on 401/402/403,
 * and splits a refused batch to isolate the events Monigo will not take. The retry rules differ per
 * outcome and keep the batch indefinitely, which Resilience4j's retry (a fixed attempt budget, one
 * rule) does not express; its backoff functions and circuit breaker are used as they are.
 */
final class BatchDelivery {

	/** The longest {@code Retry-After} honoured: a longer one is likely a server bug. */
	private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(15);

	private static final Pattern EVENT_INDEX = Pattern.compile("^events\\[(\\d+)]");

	private final IngestSender sender;

	private final MeteringSettings settings;

	private final CircuitBreaker circuitBreaker;

	private final Accounting accounting;

	private final PipelineHealth health;

	private final PipelineListener listener;

	private final IntervalFunction backoff;

	private final AtomicInteger batchLimit;

	BatchDelivery(IngestSender sender, MeteringSettings settings, CircuitBreaker circuitBreaker, Accounting accounting,
			PipelineHealth health, PipelineListener listener, AtomicInteger batchLimit) {
		this.sender = sender;
		this.settings = settings;
		this.circuitBreaker = circuitBreaker;
		this.accounting = accounting;
		this.health = health;
		this.listener = listener;
		this.batchLimit = batchLimit;
		this.backoff = RetryPolicy.backoff(settings.retryInitialBackoff(), settings.retryMultiplier(),
				settings.retryJitter(), settings.retryMaxBackoff());
	}

	/** Completes when the batch is settled, or never sends again once it is. */
	Mono<Void> deliver(Batch batch) {
		return Mono.defer(() -> {
			if (batch.isSettled()) {
				return Mono.empty();
			}
			long started = System.nanoTime();
			return this.sender.send(batch.events(), batch.requestKey())
				.transformDeferred(CircuitBreakerOperator.of(this.circuitBreaker))
				.doOnNext((result) -> {
					this.listener.requestCompleted("success", 200, System.nanoTime() - started);
					this.health.succeeded();
					this.accounting.delivered(batch, result);
				})
				.then()
				.onErrorResume((failure) -> afterFailure(batch, failure, System.nanoTime() - started));
		});
	}

	private Mono<Void> afterFailure(Batch batch, Throwable failure, long nanos) {
		FailureKind kind = FailureKind.of(failure);
		int status = (failure instanceof MonigoApiException apiFailure) ? apiFailure.status() : 0;
		this.listener.requestCompleted(kind.outcome(), status, nanos);
		this.health.failed(kind, failure);
		if (kind == FailureKind.REFUSED) {
			return isolate(batch, (MonigoApiException) failure);
		}
		this.listener.retried();
		Duration wait = (kind == FailureKind.TRANSIENT) ? backoff(batch.nextAttempt(), failure)
				: this.settings.pausedRetryInterval();
		return Mono.delay(wait).then(deliver(batch));
	}

	private Duration backoff(int attempt, Throwable failure) {
		if (failure instanceof MonigoApiException apiFailure && apiFailure.retryAfter().isPresent()) {
			Duration asked = apiFailure.retryAfter().get();
			return (asked.compareTo(LONGEST_RETRY_AFTER) > 0) ? LONGEST_RETRY_AFTER : asked;
		}
		return Duration.ofMillis(this.backoff.apply(attempt));
	}

	private Mono<Void> isolate(Batch batch, MonigoApiException failure) {
		if (failure.status() == 413) {
			this.batchLimit.updateAndGet((limit) -> Math.max(1, Math.min(limit, batch.size() / 2)));
		}
		if (batch.size() == 1) {
			this.accounting.rejected(batch, failure);
			return Mono.empty();
		}
		Set<String> named = namedKeys(batch, failure);
		if (!named.isEmpty()) {
			List<Batch> parts = batch.partition(named);
			Batch refused = parts.get(0);
			Batch rest = parts.get(1);
			if (!this.accounting.split(batch, (rest.size() > 0) ? parts : List.of(refused))) {
				return Mono.empty();
			}
			this.accounting.rejected(refused, failure);
			return (rest.size() > 0) ? deliver(rest) : Mono.empty();
		}
		List<Batch> halves = batch.halves();
		if (!this.accounting.split(batch, halves)) {
			return Mono.empty();
		}
		return deliver(halves.get(0)).then(deliver(halves.get(1)));
	}

	/**
	 * The events a 400 or 422 names in its details, by idempotency key or as {@code events[i]}.
	 */
	private static Set<String> namedKeys(Batch batch, MonigoApiException failure) {
		Set<String> named = new HashSet<>();
		if (failure.status() == 413) {
			return named;
		}
		List<IngestEvent> events = batch.events();
		Set<String> keys = new HashSet<>();
		events.forEach((event) -> keys.add(event.idempotencyKey()));
		for (String field : failure.details().keySet()) {
			if (keys.contains(field)) {
				named.add(field);
				continue;
			}
			Matcher index = EVENT_INDEX.matcher(field);
			if (index.find()) {
				int position = Integer.parseInt(index.group(1));
				if (position < events.size()) {
					named.add(events.get(position).idempotencyKey());
				}
			}
		}
		return named;
	}

}
