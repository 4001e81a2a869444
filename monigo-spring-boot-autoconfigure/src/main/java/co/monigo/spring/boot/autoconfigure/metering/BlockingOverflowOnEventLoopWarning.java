package co.monigo.spring.boot.autoconfigure.metering;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import co.monigo.metering.OverflowPolicy;
import co.monigo.spring.boot.autoconfigure.MonigoProperties;

/**
 * Warns, once at startup of a reactive web application, that {@code overflow-policy: block} would block
 * Netty's event loop when the in-memory buffer is full (the journal is off): every request on that loop
 * waits. With the journal on, the policy does not apply and nothing is said.
 */
final class BlockingOverflowOnEventLoopWarning implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(BlockingOverflowOnEventLoopWarning.class);

	private final MonigoProperties.Metering metering;

	BlockingOverflowOnEventLoopWarning(MonigoProperties.Metering metering) {
		this.metering = metering;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.metering.getOverflowPolicy() == OverflowPolicy.BLOCK && !this.metering.getJournal().isEnabled()) {
			logger.warn("monigo.metering.overflow-policy=block in a reactive web application: when the buffer is "
					+ "full, recording blocks the event loop's thread and every request on it. Use drop-new, or turn "
					+ "the journal on (monigo.metering.journal.enabled=true), under which nothing blocks.");
		}
	}

}
