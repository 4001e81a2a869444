package co.monigo.client.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import co.monigo.client.core.ApiKey;
import co.monigo.client.error.MonigoApiException;

/**
 * Turns an error response into a {@link MonigoApiException}, whatever the body's shape:
 * {@code {"error": ..., "details": {...}}}, {@code {"message": ...}}, plain text, or nothing.
 */
final class ErrorDecoder {

	private static final int MAX_RAW_MESSAGE = 500;

	private final ApiKey apiKey;

	ErrorDecoder(ApiKey apiKey) {
		this.apiKey = apiKey;
	}

	MonigoApiException decode(int status, HttpHeaders headers, byte[] body) {
		String message = null;
		Map<String, String> details = new LinkedHashMap<>();
		JsonNode json = parseObject(body);
		if (json != null) {
			message = text(json.get("error"));
			if (message == null) {
				message = text(json.get("message"));
			}
			JsonNode detailNode = json.get("details");
			if (detailNode != null && detailNode.isObject()) {
				for (Map.Entry<String, JsonNode> detail : detailNode.properties()) {
					String value = detail.getValue().isString() ? detail.getValue().asString()
							: detail.getValue().toString();
					details.put(detail.getKey(), this.apiKey.redact(value));
				}
			}
		}
		if (message == null) {
			String raw = new String(body, StandardCharsets.UTF_8).strip();
			message = raw.isEmpty() ? reasonPhrase(status) : abbreviate(raw);
		}
		return new MonigoApiException(status, this.apiKey.redact(message), details,
				headers.getFirst("X-Request-Id"), retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER)));
	}

	private static @Nullable JsonNode parseObject(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			JsonNode node = MonigoJson.mapper().readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException notJson) {
			return null;
		}
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isString() ? node.asString() : node.toString();
	}

	private static String reasonPhrase(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : "HTTP " + status;
	}

	private static String abbreviate(String raw) {
		return (raw.length() <= MAX_RAW_MESSAGE) ? raw : raw.substring(0, MAX_RAW_MESSAGE) + "...";
	}

	/** Reads {@code Retry-After} as seconds or as an HTTP date; null when absent or unreadable. */
	static @Nullable Duration retryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			long seconds = Long.parseLong(value.strip());
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException notSeconds) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

}
