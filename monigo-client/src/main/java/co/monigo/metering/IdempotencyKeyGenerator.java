package co.monigo.metering;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes an idempotency key for each recorded event that has none: a random 64-bit prefix per
 * generator, then a counter. Unique across restarts (a new prefix each time) and cheap on the record
 * path; written by hand because {@link java.util.UUID#randomUUID()} draws from {@link SecureRandom}
 * for every key, which costs more than all the rest of recording.
 */
final class IdempotencyKeyGenerator {

	private final String prefix;

	private final AtomicLong sequence = new AtomicLong();

	IdempotencyKeyGenerator() {
		this.prefix = "evt_" + Long.toHexString(new SecureRandom().nextLong() | Long.MIN_VALUE) + "_";
	}

	String next() {
		return this.prefix + Long.toString(this.sequence.incrementAndGet(), Character.MAX_RADIX);
	}

}
