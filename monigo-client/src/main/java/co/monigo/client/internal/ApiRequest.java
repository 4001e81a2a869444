package co.monigo.client.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;

/**
 * One Monigo API call: method, path (each id already encoded as one path segment), query and body.
 */
public final class ApiRequest {

	private final HttpMethod method;

	private final String path;

	private final Map<String, String> query = new LinkedHashMap<>();

	private @Nullable Object body;

	private ApiRequest(HttpMethod method, String path) {
		this.method = method;
		this.path = path;
	}

	/**
	 * Starts a request. Each {@code {}} in the template is replaced, in order, by one of the
	 * {@code ids}, encoded as a single path segment, so an id can never reach another path.
	 */
	public static ApiRequest of(HttpMethod method, String template, String... ids) {
		StringBuilder path = new StringBuilder();
		int next = 0;
		int from = 0;
		for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
			if (next >= ids.length) {
				throw new IllegalArgumentException("too few ids for " + template);
			}
			path.append(template, from, at).append(encodeSegment(ids[next++]));
			from = at + 2;
		}
		if (next != ids.length) {
			throw new IllegalArgumentException("too many ids for " + template);
		}
		path.append(template.substring(from));
		return new ApiRequest(method, path.toString());
	}

	public static ApiRequest get(String template, String... ids) {
		return of(HttpMethod.GET, template, ids);
	}

	public static ApiRequest post(String template, String... ids) {
		return of(HttpMethod.POST, template, ids);
	}

	public static ApiRequest put(String template, String... ids) {
		return of(HttpMethod.PUT, template, ids);
	}

	public static ApiRequest patch(String template, String... ids) {
		return of(HttpMethod.PATCH, template, ids);
	}

	public static ApiRequest delete(String template, String... ids) {
		return of(HttpMethod.DELETE, template, ids);
	}

	static String encodeSegment(String id) {
		Objects.requireNonNull(id, "id must not be null");
		if (id.isBlank()) {
			throw new IllegalArgumentException("id must not be blank");
		}
		String encoded = UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8);
		// "." and ".." are legal segment characters but would be resolved as relative paths.
		return (encoded.equals(".") || encoded.equals("..")) ? encoded.replace(".", "%2E") : encoded;
	}

	/**
	 * Adds a query parameter as the API spells it: an enum in lower case, an instant in ISO-8601 UTC.
	 * A null value is left out.
	 */
	public ApiRequest query(String name, @Nullable Object value) {
		if (value instanceof Enum<?> constant) {
			this.query.put(name, constant.name().toLowerCase(java.util.Locale.ROOT));
		}
		else if (value instanceof java.time.Instant instant) {
			this.query.put(name, java.time.format.DateTimeFormatter.ISO_INSTANT.format(instant));
		}
		else if (value != null) {
			this.query.put(name, String.valueOf(value));
		}
		return this;
	}

	public ApiRequest body(Object body) {
		this.body = body;
		return this;
	}

	public HttpMethod method() {
		return this.method;
	}

	public @Nullable Object body() {
		return this.body;
	}

	/** Whether the request changes state and so carries an {@code Idempotency-Key}. */
	public boolean isMutating() {
		return this.method == HttpMethod.POST || this.method == HttpMethod.PUT || this.method == HttpMethod.PATCH;
	}

	/** The encoded path and query, to append to the base URL. */
	public String pathAndQuery() {
		if (this.query.isEmpty()) {
			return this.path;
		}
		StringBuilder uri = new StringBuilder(this.path);
		char separator = '?';
		for (Map.Entry<String, String> parameter : this.query.entrySet()) {
			uri.append(separator)
				.append(UriUtils.encode(parameter.getKey(), java.nio.charset.StandardCharsets.UTF_8))
				.append('=')
				.append(UriUtils.encode(parameter.getValue(), java.nio.charset.StandardCharsets.UTF_8));
			separator = '&';
		}
		return uri.toString();
	}

	/** Method and path without the query, for messages and logs. */
	public String describe() {
		return this.method.name() + " " + this.path;
	}

}
