package co.monigo.spring.boot.autoconfigure.metering;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.monigo.metering.MeteringSettings;
import co.monigo.spring.boot.autoconfigure.InvalidMonigoConfigurationException;
import co.monigo.spring.boot.autoconfigure.MonigoProperties;

/**
 * Turns the {@code monigo.metering.*} properties into {@link MeteringSettings}. The settings check
 * every value themselves and name the setting they refuse; this class puts the property prefix on that
 * name, so startup fails through the failure analyzer with a message that names the property to fix.
 */
final class MonigoMeteringSettings {

	private static final String PREFIX = "monigo.metering.";

	/** The names {@link MeteringSettings} gives its settings in its messages. */
	private static final List<String> SETTINGS = List.of("circuit-breaker.failure-rate",
			"circuit-breaker.open-duration", "overflow-block-timeout", "paused-retry-interval",
			"retry.initial-backoff", "retry.max-backoff", "retry.multiplier", "shutdown-timeout", "overflow-policy",
			"max-in-flight", "retry.jitter", "batch-size", "capacity", "linger");

	/** A setting's name where a message names one: not inside a longer word or name. */
	private static final Pattern SETTING = Pattern.compile(
			"(?<![\\w.-])(" + String.join("|", SETTINGS.stream().map(Pattern::quote).toList()) + ")(?![\\w-])");

	private MonigoMeteringSettings() {
	}

	static MeteringSettings of(MonigoProperties.Metering metering) {
		try {
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
				.circuitBreaker(metering.getCircuitBreaker().getFailureRate(),
						metering.getCircuitBreaker().getOpenDuration())
				.shutdownTimeout(metering.getShutdownTimeout())
				.build();
		}
		catch (IllegalArgumentException invalid) {
			throw invalidProperty(String.valueOf(invalid.getMessage()));
		}
	}

	/** From "batch-size must be at most 1000, was 5000" to the property and its problem. */
	private static InvalidMonigoConfigurationException invalidProperty(String message) {
		Matcher first = SETTING.matcher(message);
		if (!first.lookingAt()) {
			return new InvalidMonigoConfigurationException("monigo.metering", "is invalid: " + message,
					"Check the monigo.metering.* properties.");
		}
		String setting = first.group(1);
		String problem = SETTING.matcher(message.substring(first.end()).strip()).replaceAll(PREFIX + "$1");
		return new InvalidMonigoConfigurationException(PREFIX + setting, problem,
				"Set " + PREFIX + setting + " to a value the rule above allows, or remove it to use the default.");
	}

}
