package co.monigo.metering;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.IngestEvent;

/**
 * The default {@link DeadLetterHandler}. An event Monigo refused is logged whole at ERROR, as the JSON
 * it was sent as, so it can be fixed and replayed. Dropped events are summed up instead: at most one
 * ERROR line per drop reason every ten seconds, with how many were dropped since the last line and one
 * of them whole; each event whole only at DEBUG. Drops come in floods (a buffer full during an outage
 * drops every new event, on the request threads), and a line per event on the request thread made
 * the application itself slow under a Monigo outage (the outage benchmark: hundreds of MB of log in
 * twenty seconds, request threads waiting on the logger). Every drop is counted by
 * {@code monigo.events.dropped}; an application that must keep every dropped event supplies its own
 * handler.
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
		for (IngestEvent event : events) {
			logger.error("Monigo refused usage event ({} {}): {}", cause.status(), cause.serverMessage(), json(event));
		}
	}

	@Override
	public void dropped(IngestEvent event, DropReason reason) {
		if (logger.isDebugEnabled()) {
			logger.debug("Usage event not delivered to Monigo ({}): {}", reason.tag(), json(event));
		}
		DropSummary summary = this.summaries.get(reason);
		summary.count.increment();
		long now = this.nanoTime.getAsLong();
		long due = summary.due.get();
		if (now - due >= 0 && summary.due.compareAndSet(due, now + SUMMARY_INTERVAL.toNanos())) {
			logger.error("{} usage events not delivered to Monigo ({}) since the last such message; "
					+ "monigo.events.dropped counts every one. One of them: {}", summary.count.sumThenReset(),
					reason.tag(), json(event));
		}
	}

	private static String json(IngestEvent event) {
		return new String(MonigoJson.write(event), StandardCharsets.UTF_8);
	}

	/** Drops of one reason since the last summary line, and when the next line may be written. */
	private static final class DropSummary {

		private final LongAdder count = new LongAdder();

		private final AtomicLong due;

		DropSummary(long now) {
			this.due = new AtomicLong(now);
		}

	}

}
