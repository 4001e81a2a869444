package co.monigo.spring.boot.autoconfigure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.monigo.client.core.KeyMode;

/**
 * Checks the API key before the client is built: a missing key, or a placeholder left unresolved (such
 * as {@code ${MONIGO_API_KEY}} with the variable unset, which Spring keeps as literal text), stops
 * startup naming {@code monigo.api-key}; a key of no known prefix starts with one WARN. Never shows the
 * key, only the placeholder's text.
 */
final class ApiKeyCheck {

	private static final Logger logger = LoggerFactory.getLogger(ApiKeyCheck.class);

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)[^}]*}");

	private ApiKeyCheck() {
	}

	/**
	 * The key, when it can be used.
	 * @throws InvalidMonigoConfigurationException if it is missing, blank or an unresolved placeholder
	 */
	static String usable(@Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw InvalidMonigoConfigurationException.missingApiKey();
		}
		Matcher placeholder = PLACEHOLDER.matcher(apiKey);
		if (placeholder.find()) {
			throw InvalidMonigoConfigurationException.unresolvedApiKey(placeholder.group(),
					placeholder.group(1).trim());
		}
		return apiKey;
	}

	/** Logs one WARN when the key is neither a test nor a live key. */
	static void warnIfUnknown(KeyMode mode) {
		if (mode == KeyMode.UNKNOWN) {
			logger.warn("monigo.api-key starts with neither mk_test_ nor mk_live_: Monigo will probably refuse it "
					+ "(401) and usage events will wait undelivered. Check that it is the key from the Monigo "
					+ "dashboard (a self-hosted Monigo may issue other keys).");
		}
	}

}
