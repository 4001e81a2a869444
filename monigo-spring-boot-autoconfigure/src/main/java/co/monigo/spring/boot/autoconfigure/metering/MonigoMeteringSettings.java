package co.monigo.spring.boot.autoconfigure.metering;

import java.nio.file.Path;

import org.springframework.core.env.Environment;

import co.monigo.metering.InvalidSettingException;
import co.monigo.metering.MeteringSettings;
import co.monigo.metering.journal.JournalSettings;
import co.monigo.spring.boot.autoconfigure.InvalidMonigoConfigurationException;
import co.monigo.spring.boot.autoconfigure.MonigoProperties;

/**
 * Turns the {@code monigo.metering.*} properties into {@link MeteringSettings}. The settings check
 * every value themselves and refuse a bad one with an {@link InvalidSettingException} naming the
 * setting; this class puts the property prefix on that name, so startup fails through the failure
 * analyzer with a message that names the property to fix.
 */
final class MonigoMeteringSettings {

	private static final String PREFIX = "monigo.metering.";

	private MonigoMeteringSettings() {
	}

	static MeteringSettings of(MonigoProperties.Metering metering, Environment environment) {
		try {
			MonigoProperties.Metering.CircuitBreaker circuit = metering.getCircuitBreaker();
			return MeteringSettings.builder()
				.capacity(metering.getCapacity())
				.batchSize(metering.getBatchSize())
				.linger(metering.getLinger())
				.maxInFlight(metering.getMaxInFlight())
				.overflowPolicy(metering.getOverflowPolicy())
				.overflowBlockTimeout(metering.getOverflowBlockTimeout())
				.retryBackoff(metering.getRetry().getInitialBackoff(), metering.getRetry().getMaxBackoff(),
						metering.getRetry().getMultiplier(), metering.getRetry().getJitter())
				.pausedRetryInterval(metering.getPausedRetryInterval())
				.circuitBreaker(new MeteringSettings.CircuitSettings(circuit.getFailureRate(), circuit.getOpenDuration(),
						circuit.getSlidingWindow(), circuit.getMinimumCalls(), circuit.getHalfOpenCalls()))
				.shutdownTimeout(metering.getShutdownTimeout())
				.journal(journal(metering.getJournal(), environment))
				.build();
		}
		catch (InvalidSettingException invalid) {
			String problem = invalid.problem();
			for (String related : invalid.related()) {
				problem = problem.replace(related, PREFIX + related);
			}
			throw invalidProperty(invalid.setting(), problem);
		}
	}

	private static JournalSettings journal(MonigoProperties.Metering.Journal journal, Environment environment) {
		if (!journal.isEnabled()) {
			return null;
		}
		long maxSize = journal.getMaxSize().toBytes();
		if (maxSize < JournalSettings.MIN_SIZE) {
			throw new InvalidSettingException("journal.max-size",
					"must be at least " + (JournalSettings.MIN_SIZE / 1024) + "KB, was " + journal.getMaxSize());
		}
		if (journal.getSyncInterval().isNegative()) {
			throw new InvalidSettingException("journal.sync-interval", "must be 0 or positive");
		}
		return new JournalSettings(directory(journal, environment), maxSize, journal.getSyncInterval());
	}

	/** The configured folder, or {@code monigo-journal/<application name>} in the temporary folder. */
	static Path directory(MonigoProperties.Metering.Journal journal, Environment environment) {
		if (journal.getDirectory() != null) {
			return journal.getDirectory();
		}
		String application = environment.getProperty("spring.application.name", "application")
			.replaceAll("[^A-Za-z0-9._-]", "_");
		return Path.of(System.getProperty("java.io.tmpdir"), "monigo-journal", application);
	}

	/** The property and what is wrong with it, e.g. "monigo.metering.batch-size must be at most 1000". */
	static InvalidMonigoConfigurationException invalidProperty(String setting, String problem) {
		return new InvalidMonigoConfigurationException(PREFIX + setting, problem,
				"Set " + PREFIX + setting + " to a value the rule above allows, or remove it to use the default.");
	}

}
