package co.monigo.spring.boot.metering;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.monigo.spring.boot.metering.MissingCustomers.Miss;

/**
 * Logs the external ids Monigo has no customer for, at a bounded rate whatever the callers send: the
 * first few misses of each interval one line each (an id at most once), the rest of the interval in
 * one summary line when the interval ends (or at {@link #close()}). Every miss is logged at DEBUG, with
 * control characters escaped. Thread-safe.
 */
final class MissLog {

	/** The interval of the bound. */
	static final Duration INTERVAL = Duration.ofMinutes(1);

	/** Misses logged one by one per interval; beyond, they are summed up. */
	static final int LINES_PER_INTERVAL = 5;

	private static final int EXAMPLES = 5;

	private static final Logger logger = LoggerFactory.getLogger(ExternalCustomerIdSink.class);

	private final long intervalNanos;

	private final Duration interval;

	private long intervalStart;

	private int lines;

	private int summed;

	private final List<String> examples = new ArrayList<>();

	/** The ids logged one by one in this interval: each at most once. */
	private final Set<String> logged = new HashSet<>();

	MissLog(Duration interval, long nowNanos) {
		this.interval = interval;
		this.intervalNanos = interval.toNanos();
		this.intervalStart = nowNanos;
	}

	/** Logs a miss of the id; its events that wait, or that are now given up on (dropped). */
	synchronized void missed(String id, Miss miss, int events, long nowNanos, String why) {
		String externalId = printable(id);
		logger.debug("No Monigo customer for external id '{}' (look-up {}): {}", externalId, miss.misses(), why);
		rollOver(nowNanos);
		if (this.logged.contains(externalId)) {
			return;
		}
		if (this.lines < LINES_PER_INTERVAL) {
			this.lines++;
			this.logged.add(externalId);
			if (miss.givenUp()) {
				logger.warn("No Monigo customer for external id '{}' after {} look-ups ({}); its {} waiting usage "
						+ "events are dropped (customer_unresolved) and dead-lettered, as are its new ones for {}",
						externalId, miss.notFound(), why, events, readable(miss.delay()));
			}
			else {
				logger.warn("No Monigo customer for external id '{}' yet ({}); its {} usage events wait, next "
						+ "look-up in {}", externalId, why, events, readable(miss.delay()));
			}
			return;
		}
		this.summed++;
		if (this.examples.size() < EXAMPLES) {
			this.examples.add(externalId);
		}
	}

	/** Writes the summary of an interval that has ended. */
	synchronized void tick(long nowNanos) {
		rollOver(nowNanos);
	}

	private void rollOver(long nowNanos) {
		if (nowNanos - this.intervalStart < this.intervalNanos) {
			return;
		}
		writeSummary();
		this.intervalStart = nowNanos;
		this.lines = 0;
		this.logged.clear();
	}

	private void writeSummary() {
		if (this.summed > 0) {
			logger.warn("No Monigo customer for {} more external id look-ups within {} (for example {}); their "
					+ "events wait for a later look-up or are dropped (customer_unresolved)", this.summed,
					readable(this.interval), this.examples);
		}
		this.summed = 0;
		this.examples.clear();
	}

	/** The id with its control characters escaped: it comes from callers, and must not forge log lines. */
	private static String printable(String id) {
		StringBuilder printable = new StringBuilder(id.length());
		id.codePoints()
			.forEach((c) -> printable.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
					: new String(Character.toChars(c))));
		return printable.toString();
	}

	/** The duration as a user would type it: {@code 30s}, {@code 10m}, {@code 250ms}. */
	static String readable(Duration duration) {
		long millis = duration.toMillis();
		if (millis != 0 && millis % 3_600_000 == 0) {
			return (millis / 3_600_000) + "h";
		}
		if (millis != 0 && millis % 60_000 == 0) {
			return (millis / 60_000) + "m";
		}
		if (millis != 0 && millis % 1_000 == 0) {
			return (millis / 1_000) + "s";
		}
		return millis + "ms";
	}

	/** Writes what is left to sum up. */
	synchronized void close() {
		writeSummary();
	}

}
