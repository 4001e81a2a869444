package co.monigo.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The body of an event replay: re-processes the events received between {@code from} and {@code to},
 * only those named {@code eventName} when it is set. Start with {@link #of(Instant, Instant)}.
 */
public record ReplayRequest(Instant from, Instant to, @Nullable String eventName) {

	public ReplayRequest {
		Checks.requireValue(from, "from");
		Checks.requireValue(to, "to");
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("from must not be after to, was " + from + " > " + to);
		}
	}

	public static ReplayRequest of(Instant from, Instant to) {
		return new ReplayRequest(from, to, null);
	}

	public ReplayRequest withEventName(String eventName) {
		return new ReplayRequest(this.from, this.to, Checks.requireText(eventName, "event_name"));
	}

}
