package co.monigo.test.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer, thrown by a handler and turned into {@code {"error": ..., "details": {...}}} with
 * its status. An error raised by fault injection is never kept as the answer to an idempotency key.
 */
final class ApiError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final Map<String, String> details;

	private final boolean injected;

	private ApiError(int status, String message, Map<String, String> details, boolean injected) {
		super(message, null, false, false);
		this.status = status;
		this.details = Map.copyOf(details);
		this.injected = injected;
	}

	static ApiError of(int status, String message) {
		return new ApiError(status, message, Map.of(), false);
	}

	static ApiError withDetails(int status, String message, Map<String, String> details) {
		return new ApiError(status, message, details, false);
	}

	/** 400 with field-level details, keyed by field. */
	static ApiError validation(String message, Map<String, String> details) {
		return new ApiError(400, message, details, false);
	}

	/** 400 naming one field. */
	static ApiError invalidField(String field, String problem) {
		return validation("validation failed: " + field + " " + problem, Map.of(field, problem));
	}

	/** 400 with details, caused by an injected fault: not remembered for idempotency. */
	static ApiError injected(String message, Map<String, String> details) {
		return new ApiError(400, message, details, true);
	}

	static ApiError notFound(String resource, String id) {
		return of(404, resource + " " + id + " not found");
	}

	static ApiError conflict(String message) {
		return of(409, message);
	}

	int status() {
		return this.status;
	}

	Map<String, String> details() {
		return this.details;
	}

	boolean injected() {
		return this.injected;
	}

	/** The JSON body: {@code error}, and {@code details} when there are any. */
	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", getMessage());
		if (!this.details.isEmpty()) {
			body.put("details", new LinkedHashMap<>(this.details));
		}
		return body;
	}

}
