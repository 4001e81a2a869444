package co.monigo.test.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.IngestEvent;

/**
 * Makes the emulator fail on demand. Choose which requests, then (optionally) where, then what:
 *
 * <pre>{@code
 * emulator.faults().next(2).onPath("/v1/ingest").respondWith(503);
 * emulator.faults().next(1).rateLimit(Duration.ofSeconds(3));
 * emulator.faults().fraction(0.25, 42).dropConnection();
 * emulator.faults().everyNth(3).delay(Duration.ofMillis(200));
 * emulator.faults().rejectEvents((event) -> event.customerId().equals(blocked.id()));
 * }</pre>
 *
 * Rules are tried in the order they were added and the first that hits a request applies; a request
 * no rule hits is served normally. A faulted request changes no data (except a delay, which is served
 * afterwards). Thread-safe; {@link MonigoEmulator#reset()} clears every fault.
 */
public final class Faults {

	private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

	private final List<EventRejection> rejections = new CopyOnWriteArrayList<>();

	private final AtomicInteger injected = new AtomicInteger();

	Faults() {
	}

	/** Hits the next {@code count} requests (that match the path, when one is given). */
	public FaultPlan next(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("count must be 1 or more, was " + count);
		}
		return new FaultPlan(this, FaultRule.Selector.next(count));
	}

	/** Hits every request, until {@link #clear()}. */
	public FaultPlan always() {
		return new FaultPlan(this, FaultRule.Selector.always());
	}

	/**
	 * Hits each request with probability {@code fraction}, drawn from a random sequence fixed by
	 * {@code seed}: the same requests in the same order are hit the same way on every run.
	 */
	public FaultPlan fraction(double fraction, long seed) {
		if (!(fraction > 0.0 && fraction <= 1.0)) {
			throw new IllegalArgumentException("fraction must be above 0 and at most 1, was " + fraction);
		}
		return new FaultPlan(this, FaultRule.Selector.fraction(fraction, seed));
	}

	/** Hits the n-th, 2n-th, 3n-th... request, counting from now. */
	public FaultPlan everyNth(int n) {
		if (n < 1) {
			throw new IllegalArgumentException("n must be 1 or more, was " + n);
		}
		return new FaultPlan(this, FaultRule.Selector.everyNth(n));
	}

	/**
	 * Refuses every ingest that holds an event {@code which} accepts: 400, {@code details} keyed by
	 * the idempotency key of each such event (or {@code events[i]} for one without a key), and
	 * nothing of that request ingested. Lasts until {@link #clear()}.
	 */
	public void rejectEvents(Predicate<? super IngestEvent> which) {
		rejectEvents(which, "rejected by the emulator");
	}

	/** As {@link #rejectEvents(Predicate)}, with {@code reason} as each event's detail. */
	public void rejectEvents(Predicate<? super IngestEvent> which, String reason) {
		this.rejections.add(new EventRejection(which, reason));
	}

	/** Removes every fault. */
	public void clear() {
		this.rules.clear();
		this.rejections.clear();
		this.injected.set(0);
	}

	/** How many requests a fault has hit since the last {@link #clear()}. */
	public int injectedCount() {
		return this.injected.get();
	}

	void add(FaultRule rule) {
		this.rules.add(rule);
	}

	/** The fault that hits this request, if any; counted as injected. */
	@Nullable FaultAction decide(String method, String path) {
		for (FaultRule rule : this.rules) {
			if (rule.hits(method, path)) {
				this.injected.incrementAndGet();
				return rule.action();
			}
		}
		return null;
	}

	/**
	 * The events of one ingest that a rejection chooses, keyed by idempotency key (or
	 * {@code events[i]}), with the reason; empty when none is chosen.
	 */
	Map<String, String> rejected(List<IngestEvent> events) {
		Map<String, String> rejected = new LinkedHashMap<>();
		for (int i = 0; i < events.size(); i++) {
			IngestEvent event = events.get(i);
			for (EventRejection rejection : this.rejections) {
				if (rejection.which().test(event)) {
					String key = (event.idempotencyKey() != null) ? event.idempotencyKey() : "events[" + i + "]";
					rejected.put(key, rejection.reason());
					break;
				}
			}
		}
		if (!rejected.isEmpty()) {
			this.injected.incrementAndGet();
		}
		return rejected;
	}

	private record EventRejection(Predicate<? super IngestEvent> which, String reason) {
	}

}
