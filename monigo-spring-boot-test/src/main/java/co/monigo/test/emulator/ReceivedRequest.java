package co.monigo.test.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

import co.monigo.client.internal.MonigoJson;

/**
 * One request the emulator received, as it arrived, with how it was answered. Immutable.
 */
public final class ReceivedRequest {

	private final Instant receivedAt;

	private final String method;

	private final String path;

	private final String query;

	private final HttpHeaders headers;

	private final byte[] body;

	private final int status;

	private final @Nullable FaultKind fault;

	private final boolean replayed;

	ReceivedRequest(Instant receivedAt, String method, String path, String query, HttpHeaders headers, byte[] body,
			int status, @Nullable FaultKind fault, boolean replayed) {
		this.receivedAt = receivedAt;
		this.method = method;
		this.path = path;
		this.query = query;
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
		this.body = body.clone();
		this.status = status;
		this.fault = fault;
		this.replayed = replayed;
	}

	public Instant receivedAt() {
		return this.receivedAt;
	}

	/** {@code GET}, {@code POST}... */
	public String method() {
		return this.method;
	}

	/** The path, without the query, e.g. {@code /v1/customers/cus_1}. */
	public String path() {
		return this.path;
	}

	/** The raw query string, without {@code ?}; empty when there is none. */
	public String query() {
		return this.query;
	}

	/** Every header as sent (read-only, names case-insensitive), {@code Authorization} included. */
	public HttpHeaders headers() {
		return this.headers;
	}

	/** The first value of a header; null when absent. */
	public @Nullable String header(String name) {
		return this.headers.getFirst(name);
	}

	/** The {@code Idempotency-Key} header, when sent. */
	public Optional<String> idempotencyKey() {
		return Optional.ofNullable(header("Idempotency-Key"));
	}

	/** The body's bytes (a copy); empty when there was none. */
	public byte[] body() {
		return this.body.clone();
	}

	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/** The body as a JSON tree; an empty object when there was no body. */
	public JsonNode bodyAsJson() {
		return MonigoJson.parse(this.body);
	}

	/** The status answered; 0 when the connection was dropped without an answer. */
	public int status() {
		return this.status;
	}

	/** The fault injected into this request, if any. */
	public Optional<FaultKind> fault() {
		return Optional.ofNullable(this.fault);
	}

	/** Whether the answer was the one kept for a replayed idempotency key, applying nothing again. */
	public boolean replayed() {
		return this.replayed;
	}

	@Override
	public String toString() {
		return this.method + " " + this.path + ((this.query.isEmpty()) ? "" : "?" + this.query) + " -> "
				+ ((this.status == 0) ? "no answer" : this.status) + ((this.fault != null) ? " [" + this.fault + "]" : "")
				+ (this.replayed ? " [replayed]" : "");
	}

}
