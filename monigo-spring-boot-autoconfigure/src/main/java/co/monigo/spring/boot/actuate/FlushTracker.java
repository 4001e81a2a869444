package co.monigo.spring.boot.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import co.monigo.client.core.Durations;
import co.monigo.metering.IngestStatus;
import co.monigo.metering.UsageRecorder;

/**
 * Starts flushes of a recorder without waiting for them, one at a time, and remembers the last: a
 * caller asking for a flush while one runs gets the running one, so any number of callers cost one
 * flush and no thread waits. A flush not settled within its timeout is marked {@code timed_out} (its
 * events are still pending, not lost). Thread-safe.
 */
public final class FlushTracker {

	/** Where a flush is. */
	public enum State {

		/** Started, not settled yet. */
		RUNNING,

		/** Every event recorded before the flush was delivered, rejected or dropped. */
		COMPLETED,

		/** Not settled within the timeout: Monigo is slow, down or refusing the key, or a customer is unknown. */
		TIMED_OUT,

		/** The recorder failed the flush. */
		FAILED

	}

	/**
	 * One flush.
	 *
	 * @param state where it is
	 * @param startedAt when it started
	 * @param pendingAtStart events buffered or on their way when it started
	 * @param waitingForCustomerAtStart events waiting for their customer's Monigo id when it started
	 * @param finishedAt when it settled or timed out; null while running
	 */
	public record Flush(State state, Instant startedAt, long pendingAtStart, long waitingForCustomerAtStart,
			@Nullable Instant finishedAt) {

		Flush finished(State outcome, Instant at) {
			return new Flush(outcome, this.startedAt, this.pendingAtStart, this.waitingForCustomerAtStart, at);
		}

		/** The flush as the endpoint shows it. */
		public Map<String, Object> describe(Duration timeout) {
			Map<String, Object> described = new LinkedHashMap<>();
			described.put("state", this.state.name().toLowerCase(Locale.ROOT));
			described.put("startedAt", this.startedAt.toString());
			described.put("pendingAtStart", this.pendingAtStart);
			described.put("waitingForCustomerAtStart", this.waitingForCustomerAtStart);
			described.put("timeout", Durations.format(timeout));
			if (this.finishedAt != null) {
				described.put("finishedAt", this.finishedAt.toString());
			}
			return described;
		}

	}

	private final UsageRecorder recorder;

	private final Duration timeout;

	private final Clock clock;

	private final AtomicReference<@Nullable Flush> last = new AtomicReference<>();

	/**
	 * @param recorder the recorder to flush
	 * @param timeout how long a flush may take before it is reported {@code timed_out}
	 */
	public FlushTracker(UsageRecorder recorder, Duration timeout) {
		this(recorder, timeout, Clock.systemUTC());
	}

	FlushTracker(UsageRecorder recorder, Duration timeout, Clock clock) {
		this.recorder = recorder;
		this.timeout = timeout;
		this.clock = clock;
	}

	/** Starts a flush and returns at once; when one is running already, returns that one instead. */
	public Flush start() {
		while (true) {
			Flush current = this.last.get();
			if (current != null && current.state() == State.RUNNING) {
				return current;
			}
			IngestStatus status = this.recorder.status();
			Flush started = new Flush(State.RUNNING, this.clock.instant(), status.pending(), status.waiting(), null);
			if (this.last.compareAndSet(current, started)) {
				// A copy, so the timeout never completes the recorder's own future.
				this.recorder.flush()
					.copy()
					.orTimeout(this.timeout.toNanos(), TimeUnit.NANOSECONDS)
					.whenComplete((done, failure) -> this.last.compareAndSet(started,
							started.finished(outcome(failure), this.clock.instant())));
				// Settled already when there was nothing to send.
				return Objects.requireNonNullElse(this.last.get(), started);
			}
		}
	}

	/** The last flush started, running or settled; null before the first. */
	public @Nullable Flush last() {
		return this.last.get();
	}

	/** How long a flush may take. */
	public Duration timeout() {
		return this.timeout;
	}

	private static State outcome(@Nullable Throwable failure) {
		if (failure == null) {
			return State.COMPLETED;
		}
		Throwable cause = (failure instanceof CompletionException) ? failure.getCause() : failure;
		return (cause instanceof TimeoutException) ? State.TIMED_OUT : State.FAILED;
	}

}
