package co.monigo.test.emulator;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import co.monigo.client.internal.MonigoJson;

/**
 * Reads request bodies with the client's own mapper into the client's own request types, so that the
 * emulator refuses what those types refuse. A refusal is a 400 whose {@code details} name the field:
 * by its JSON path, and by the field the type's check names ("external_id is required ...").
 */
final class Bodies {

	/** The field a request type's check names at the start of its message. */
	private static final Pattern LEADING_FIELD = Pattern
		.compile("^([a-z][a-z0-9_]*(?:\\[\\d+])?(?:\\.[a-z][a-z0-9_]*)*) (?:is|are|must|of)\\b");

	private Bodies() {
	}

	static JsonNode tree(byte[] body) {
		if (body.length == 0) {
			throw ApiError.invalidField("body", "is required");
		}
		try {
			JsonNode tree = MonigoJson.mapper().readTree(body);
			if (tree == null || !tree.isObject()) {
				throw ApiError.invalidField("body", "must be a JSON object");
			}
			return tree;
		}
		catch (JacksonException malformed) {
			throw ApiError.invalidField("body", "is not valid JSON: " + malformed.getOriginalMessage());
		}
	}

	static <T> T read(byte[] body, Class<T> type) {
		return convert(tree(body), type);
	}

	/** Converts a JSON tree to one of the client's types; 400 with details when it cannot be. */
	static <T> T convert(JsonNode node, Class<T> type) {
		try {
			return MonigoJson.convert(node, type);
		}
		catch (JacksonException refused) {
			Map<String, String> details = details(refused);
			throw ApiError.validation("validation failed: " + String.join(", ", details.values()), details);
		}
	}

	/** The details of a refused body, one entry keyed by the field at fault. */
	static Map<String, String> details(JacksonException refused) {
		String path = path(refused.getPath());
		Throwable check = check(refused);
		if (check == null || check.getMessage() == null) {
			return Map.of(path.isEmpty() ? "body" : path, refused.getOriginalMessage());
		}
		String message = check.getMessage();
		Matcher field = LEADING_FIELD.matcher(message);
		String key = field.find() ? join(path, field.group(1)) : (path.isEmpty() ? "body" : path);
		return Map.of(key, message);
	}

	/** The check that refused a value: an argument check in a request type's constructor. */
	private static @Nullable Throwable check(Throwable failure) {
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
				return cause;
			}
		}
		return null;
	}

	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String join(String path, String field) {
		return path.isEmpty() ? field : path + "." + field;
	}

}
