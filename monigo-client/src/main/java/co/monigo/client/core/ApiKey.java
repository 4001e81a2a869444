package co.monigo.client.core;

import java.util.Objects;

/**
 * A Monigo API key. Its {@code toString} shows the mode only, so the key cannot leak into a log line
 * or a message by accident.
 */
public final class ApiKey {

	private static final String TEST_PREFIX = "mk_test_";

	private static final String LIVE_PREFIX = "mk_live_";

	private final String value;

	private ApiKey(String value) {
		this.value = value;
	}

	/**
	 * Wraps a key.
	 * @throws IllegalArgumentException if the key is blank or holds white space
	 */
	public static ApiKey of(String value) {
		Objects.requireNonNull(value, "API key must not be null");
		if (value.isBlank()) {
			throw new IllegalArgumentException("API key must not be blank");
		}
		if (value.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("API key must not contain white space");
		}
		return new ApiKey(value);
	}

	/** Whether this is a test or a live key, from its prefix. */
	public KeyMode mode() {
		if (this.value.startsWith(TEST_PREFIX)) {
			return KeyMode.TEST;
		}
		if (this.value.startsWith(LIVE_PREFIX)) {
			return KeyMode.LIVE;
		}
		return KeyMode.UNKNOWN;
	}

	/** The secret itself, for the {@code Authorization} header. Never log it. */
	public String reveal() {
		return this.value;
	}

	/** Replaces every occurrence of this key in a text, for messages that may echo it. */
	public String redact(String text) {
		return text.replace(this.value, "[redacted]");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ApiKey key && key.value.equals(this.value);
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public String toString() {
		return "ApiKey[" + mode().name().toLowerCase(java.util.Locale.ROOT) + "]";
	}

}
