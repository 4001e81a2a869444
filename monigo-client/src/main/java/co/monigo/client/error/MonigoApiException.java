package co.monigo.client.error;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Monigo answered with an HTTP status of 400 or more. Carries the status, the server's message, the
 * field-level details of a validation failure and the request id, when the server sent them.
 */
public class MonigoApiException extends MonigoException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String serverMessage;

	private final Map<String, String> details;

	private final @Nullable String requestId;

	private final @Nullable Duration retryAfter;

	public MonigoApiException(int status, String serverMessage, Map<String, String> details,
			@Nullable String requestId, @Nullable Duration retryAfter) {
		super(describe(status, serverMessage, details, requestId));
		this.status = status;
		this.serverMessage = serverMessage;
		this.details = Map.copyOf(details);
		this.requestId = requestId;
		this.retryAfter = retryAfter;
	}

	private static String describe(int status, String message, Map<String, String> details,
			@Nullable String requestId) {
		StringBuilder text = new StringBuilder("Monigo API answered ").append(status).append(": ").append(message);
		if (!details.isEmpty()) {
			text.append(" (")
				.append(details.entrySet()
					.stream()
					.map((detail) -> detail.getKey() + ": " + detail.getValue())
					.collect(Collectors.joining(", ")))
				.append(')');
		}
		if (requestId != null) {
			text.append(" [request id ").append(requestId).append(']');
		}
		return text.toString();
	}

	/** The HTTP status code. */
	public int status() {
		return this.status;
	}

	/** The server's own message, or the raw body, or the reason phrase when the body was empty. */
	public String serverMessage() {
		return this.serverMessage;
	}

	/** Field-level problems, keyed by field name; empty when the server sent none. */
	public Map<String, String> details() {
		return this.details;
	}

	/** The server's request id, when it sent one (header {@code X-Request-Id}). */
	public Optional<String> requestId() {
		return Optional.ofNullable(this.requestId);
	}

	/** How long the server asked the client to wait ({@code Retry-After}), when it said. */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	public boolean isValidationError() {
		return this.status == 400 && !this.details.isEmpty();
	}

	public boolean isUnauthorized() {
		return this.status == 401;
	}

	public boolean isQuotaExceeded() {
		return this.status == 402;
	}

	public boolean isForbidden() {
		return this.status == 403;
	}

	public boolean isNotFound() {
		return this.status == 404;
	}

	public boolean isConflict() {
		return this.status == 409;
	}

	public boolean isRateLimited() {
		return this.status == 429;
	}

	public boolean isServerError() {
		return this.status >= 500;
	}

}
