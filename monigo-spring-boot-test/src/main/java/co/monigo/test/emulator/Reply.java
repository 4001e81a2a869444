package co.monigo.test.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One answer of the emulator: status and JSON body, already written by {@link EmulatorJson} (the
 * client's own mapping, with absent fields as {@code null}) so that the emulator speaks exactly the JSON
 * the client reads. Immutable, so an answer kept for an
 * idempotency key is sent again unchanged.
 */
final class Reply {

	private static final byte[] EMPTY = new byte[0];

	private final int status;

	private final byte[] body;

	private final @Nullable FaultKind fault;

	private Reply(int status, byte[] body, @Nullable FaultKind fault) {
		this.status = status;
		this.body = body;
		this.fault = fault;
	}

	static Reply json(int status, Object body) {
		return new Reply(status, EmulatorJson.write(body), null);
	}

	static Reply ok(Object body) {
		return json(200, body);
	}

	static Reply created(Object body) {
		return json(201, body);
	}

	/** {@code {"<field>": value}}. */
	static Reply ok(String field, Object value) {
		return ok(Map.of(field, value));
	}

	static Reply created(String field, Object value) {
		return created(Map.of(field, value));
	}

	/** {@code {"<plural>": [...], "count": n}}. */
	static Reply list(String plural, List<?> items) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(plural, items);
		body.put("count", items.size());
		return ok(body);
	}

	static Reply noContent() {
		return new Reply(204, EMPTY, null);
	}

	static Reply error(ApiError error) {
		return new Reply(error.status(), EmulatorJson.write(error.body()), error.injected() ? FaultKind.REJECT_EVENTS : null);
	}

	int status() {
		return this.status;
	}

	byte[] body() {
		return this.body;
	}

	/** The fault injected into this answer, if any. */
	@Nullable FaultKind fault() {
		return this.fault;
	}

	/**
	 * Whether a replay of the same idempotency key answers with this again: every answer the emulator
	 * gives on its own, but neither a server error nor an injected fault, which a retry must get past.
	 */
	boolean isRemembered() {
		return this.fault == null && this.status < 500;
	}

}
