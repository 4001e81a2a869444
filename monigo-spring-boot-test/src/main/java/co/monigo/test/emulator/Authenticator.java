package co.monigo.test.emulator;

import org.jspecify.annotations.Nullable;

import co.monigo.client.core.ApiKey;
import co.monigo.client.core.KeyMode;

/**
 * Reads the caller's mode from its {@code Authorization: Bearer <key>} header, as the client tells keys
 * apart: {@code mk_test_...} is test mode, {@code mk_live_...} live mode, anything else is refused.
 */
final class Authenticator {

	private static final String BEARER = "Bearer ";

	private Authenticator() {
	}

	/** The mode of the key, or null when the header is absent or holds no Monigo key. */
	static @Nullable KeyMode mode(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		String key = authorization.substring(BEARER.length()).strip();
		if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
			return null;
		}
		KeyMode mode = ApiKey.of(key).mode();
		return (mode == KeyMode.UNKNOWN) ? null : mode;
	}

}
