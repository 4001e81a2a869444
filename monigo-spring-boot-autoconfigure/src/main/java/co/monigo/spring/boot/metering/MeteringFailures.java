package co.monigo.spring.boot.metering;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts {@code @Metered} calls (and requests matched by an HTTP metering rule) that could not be
 * turned into an event, by reason, and logs each kind once per method or rule at WARN (then at DEBUG,
 * so a hot endpoint cannot flood the log).
 */
public final class MeteringFailures {

	/** Why a call was not recorded. */
	public enum Reason {

		/** An expression failed at run time. */
		EXPRESSION,

		/** No customer could be resolved. */
		NO_CUSTOMER,

		/**
		 * The request named its customer in a way that can't be one id: the header repeated, a list of
		 * ids, or characters a header can't carry.
		 */
		INVALID_CUSTOMER,

		/** The event was refused by the recorder (for example a property that is not JSON). */
		INVALID_EVENT;

		/** The meter tag. */
		public String tag() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private static final Logger logger = LoggerFactory.getLogger(MeteringFailures.class);

	private final Map<Reason, LongAdder> counts = new EnumMap<>(Reason.class);

	private final Set<String> warned = ConcurrentHashMap.newKeySet();

	public MeteringFailures() {
		for (Reason reason : Reason.values()) {
			this.counts.put(reason, new LongAdder());
		}
	}

	/**
	 * Counts one call or request whose usage was not recorded.
	 * @param reason why
	 * @param source what was metered: the method, or the rule; logged, not a meter tag
	 * @param detail what went wrong, for the log
	 */
	public void failed(Reason reason, String source, String detail) {
		this.counts.get(reason).increment();
		if (this.warned.add(reason + " " + source)) {
			logger.warn("Usage of {} not recorded ({}): {}", source, reason.tag(), detail);
		}
		else {
			logger.debug("Usage of {} not recorded ({}): {}", source, reason.tag(), detail);
		}
	}

	public long count(Reason reason) {
		return this.counts.get(reason).sum();
	}

}
