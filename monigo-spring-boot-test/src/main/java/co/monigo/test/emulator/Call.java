package co.monigo.test.emulator;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * One authenticated API call as a handler sees it: the store of the key's mode, the path variables,
 * the query and the body.
 */
final class Call {

	private final ModeStore store;

	private final String method;

	private final String requestPath;

	private final Map<String, String> pathVariables;

	private final MultiValueMap<String, String> query;

	private final byte[] body;

	private final String baseUrl;

	private final Instant now;

	Call(ModeStore store, String method, String requestPath, Map<String, String> pathVariables, MultiValueMap<String, String> query, byte[] body,
			String baseUrl, Instant now) {
		this.store = store;
		this.method = method;
		this.requestPath = requestPath;
		this.pathVariables = pathVariables;
		this.query = query;
		this.body = body;
		this.baseUrl = baseUrl;
		this.now = now;
	}

	/** The emulator's now (its {@link EmulatorClock}), the same for the whole call. */
	Instant now() {
		return this.now;
	}

	/** The data of the mode (test or live) of the caller's key. */
	ModeStore store() {
		return this.store;
	}

	/** Method and path, e.g. {@code GET /v1/customers}, for messages. */
	String describe() {
		return this.method + " " + this.requestPath;
	}

	String path(String name) {
		String value = this.pathVariables.get(name);
		if (value == null) {
			throw new IllegalStateException("no path variable " + name);
		}
		return value;
	}

	/** A query parameter; null when absent or blank. */
	@Nullable String query(String name) {
		String value = this.query.getFirst(name);
		return (value == null || value.isBlank()) ? null : value;
	}

	/** A query parameter read as an ISO-8601 instant; 400 naming it when unreadable. */
	@Nullable Instant queryInstant(String name) {
		String value = query(name);
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException unreadable) {
			throw ApiError.invalidField(name, "must be an RFC 3339 timestamp, was '" + value + "'");
		}
	}

	/** A query parameter read as an integer; {@code fallback} when absent, 400 naming it when unreadable. */
	int queryInt(String name, int fallback) {
		String value = query(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException unreadable) {
			throw ApiError.invalidField(name, "must be an integer, was '" + value + "'");
		}
	}

	/** The body read as one of the client's request types; 400 with details when it cannot be. */
	<T> T body(Class<T> type) {
		return Bodies.read(this.body, type);
	}

	/** The body as a JSON tree; 400 when it is missing or not JSON. */
	JsonNode json() {
		return Bodies.tree(this.body);
	}

	/** The emulator's base URL, without a trailing slash. */
	String baseUrl() {
		return this.baseUrl;
	}

}
