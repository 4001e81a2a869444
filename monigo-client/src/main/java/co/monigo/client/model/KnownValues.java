package co.monigo.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Refuses the {@code UNKNOWN} constant of an enum in a request: it stands for a value this client
 * could not read, and is not one the server accepts.
 */
final class KnownValues {

	private static final String UNKNOWN = "UNKNOWN";

	private KnownValues() {
	}

	static <E extends Enum<E>> E require(@Nullable E value, String field) {
		if (Checks.requireValue(value, field).name().equals(UNKNOWN)) {
			throw new IllegalArgumentException(field + " must be a value the API knows, not UNKNOWN");
		}
		return value;
	}

}
