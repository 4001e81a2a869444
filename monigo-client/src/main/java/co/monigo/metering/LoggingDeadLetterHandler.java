package co.monigo.metering;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.IngestEvent;

/**
 * The default {@link DeadLetterHandler}. An event Monigo refused is logged whole at ERROR with Monigo's
 * own reason for it, as the JSON it was sent as, so it can be fixed and replayed. Dropped events are
 * summed up instead: at most one ERROR line per drop reason every ten seconds as they happen, with how
 * many were dropped since the last line and one of them whole, and the remainder of every reason on
 * each {@link #flush()} (the pipeline calls it every ten seconds and when it stops), so the lines add up
 * to {@code monigo.events.dropped}. Each event whole only at DEBUG. Drops come in floods (a buffer
 * full during an outage drops every new event, on the request threads), and a line per event on the
 * request thread made the application itself slow under a Monigo outage (the outage benchmark: hundreds
 * of MB of log in twenty seconds, request threads waiting on the logger).
 */
public class LoggingDeadLetterHandler implements DeadLetterHandler {

	private static final Logger logger = LoggerFactory.getLogger(LoggingDeadLetterHandler.class);

	private static final Duration SUMMARY_INTERVAL = Duration.ofSeconds(10);

	private final Map<DropReason, DropSummary> summaries = new EnumMap<>(DropReason.class);

	private final LongSupplier nanoTime;

	public LoggingDeadLetterHandler() {
		this(System::nanoTime);
	}

	LoggingDeadLetterHandler(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
		long now = nanoTime.getAsLong();
		for (DropReason reason : DropReason.values()) {
			this.summaries.put(reason, new DropSummary(now));
		}
	}

	@Override
	public void rejected(List<IngestEvent> events, MonigoApiException cause) {
		rejected(events, cause, Map.of());
	}

	@Override
	public void rejected(List<IngestEvent> events, MonigoApiException cause, Map<String, String> reasons) {
		for (IngestEvent event : events) {
			String own = reasons.get(event.idempotencyKey());
			if (own != null) {
				logger.error("Monigo refused usage event {} ({} {}); the rest of its batch was sent on its own: {}",
						event.idempotencyKey(), cause.status(), own, json(event));
			}
			else {
				logger.error("Monigo refused usage event {} ({} {}): {}", event.idempotencyKey(), cause.status(),
						cause.serverMessage(), json(event));
			}
		}
	}

	@Override
	public void dropped(IngestEvent event, DropReason reason) {
		if (logger.isDebugEnabled()) {
			logger.debug("Usage event not delivered to Monigo ({}): {}", reason.tag(), json(event));
		}
		DropSummary summary = this.summaries.get(reason);
		long now = this.nanoTime.getAsLong();
		long due = summary.due.get();
		synchronized (summary) {
			summary.count++;
			if (now - due >= 0 && summary.due.compareAndSet(due, now + SUMMARY_INTERVAL.toNanos())) {
				write(reason, summary, json(event));
			}
		}
	}

	@Override
	public void outcomeUnknown(List<IngestEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		logger.warn("{} usage events were on their way to Monigo when the shutdown timeout ran out; Monigo may or "
				+ "may not have them (monigo.events.unknown counts them; sending them again with their keys is "
				+ "harmless). One of them: {}", events.size(), json(events.get(0)));
	}

	/** Writes the count of every reason dropped since its last line. */
	@Override
	public void flush() {
		long next = this.nanoTime.getAsLong() + SUMMARY_INTERVAL.toNanos();
		this.summaries.forEach((reason, summary) -> {
			synchronized (summary) {
				if (summary.count > 0) {
					summary.due.set(next);
					write(reason, summary, null);
				}
			}
		});
	}

	private static void write(DropReason reason, DropSummary summary, String example) {
		long count = summary.count;
		summary.count = 0;
		if (example != null) {
			logger.error("{} usage events not delivered to Monigo ({}) since the last such message; "
					+ "monigo.events.dropped counts every one. One of them: {}", count, reason.tag(), example);
		}
		else {
			logger.error("{} usage events not delivered to Monigo ({}) since the last such message; "
					+ "monigo.events.dropped counts every one", count, reason.tag());
		}
	}

	/**
	 * The event as JSON; an event dropped because it cannot be written is named instead, so its line is
	 * still written and counted.
	 */
	private static String json(IngestEvent event) {
		try {
			return new String(MonigoJson.write(event), StandardCharsets.UTF_8);
		}
		catch (RuntimeException unwritable) {
			return "event " + event.eventName() + " of customer " + event.customerId() + " with key "
					+ event.idempotencyKey() + " (cannot be written as JSON: " + unwritable.getMessage() + ")";
		}
	}

	/** Drops of one reason since the last summary line, and when the next line may be written. */
	private static final class DropSummary {

		private long count;

		private final AtomicLong due;

		DropSummary(long now) {
			this.due = new AtomicLong(now);
		}

	}

}
