package co.monigo.test.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's "now": the system clock shifted by an offset a test moves, so that a test reaches
 * month end without waiting a month. It decides the default usage window, subscriptions' periods,
 * invoice generation, portal token expiry and the time stamped on what the emulator creates; events
 * keep the timestamps they were sent with. It keeps running at the system clock's pace between moves.
 * Thread-safe.
 */
public final class EmulatorClock {

	private final Clock system;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	EmulatorClock(Clock system) {
		this.system = system;
	}

	/** The emulator's current instant. */
	public Instant now() {
		return this.system.instant().plus(this.offset.get());
	}

	/**
	 * Moves the emulator's time forward.
	 * @return the emulator's new now
	 * @throws IllegalArgumentException if the duration is negative: use {@link #set(Instant)} to go back
	 */
	public Instant advance(Duration duration) {
		Objects.requireNonNull(duration, "duration");
		if (duration.isNegative()) {
			throw new IllegalArgumentException("the clock only advances; set it to go back, was " + duration);
		}
		this.offset.accumulateAndGet(duration, Duration::plus);
		return now();
	}

	/** Makes {@code instant} the emulator's now; time goes on from there. */
	public Instant set(Instant instant) {
		Objects.requireNonNull(instant, "instant");
		this.offset.set(Duration.between(this.system.instant(), instant));
		return instant;
	}

	/** Back to the system's time. */
	public void reset() {
		this.offset.set(Duration.ZERO);
	}

}
