package co.monigo.spring.boot.metering.http;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A request and its completed response, the same on both web stacks: what a rule's quantity and
 * properties are computed from, and the root object of a quantity expression
 * ({@code responseHeader('X-Tokens-Used')}, {@code responseBodySize / 1024}, {@code attribute('tokens')}).
 * Read-only.
 */
public final class CompletedExchange {

	private final String method;

	private final @Nullable String handlerRoute;

	private final int status;

	private final long requestBodySize;

	private final long responseBodySize;

	private final boolean aborted;

	private final Function<String, @Nullable String> requestHeaders;

	private final Function<String, @Nullable String> responseHeaders;

	private final Function<String, @Nullable Object> attributes;

	/**
	 * @param method the request's method
	 * @param handlerRoute the handler's route template, when a handler mapping matched
	 * @param status the response status
	 * @param requestBodySize the request body's bytes
	 * @param responseBodySize the response body's bytes, as the application wrote them
	 * @param aborted whether the client went away before the response was complete
	 * @param requestHeaders the first value of a request header, by name
	 * @param responseHeaders the first value of a response header, by name
	 * @param attributes a request (servlet) or exchange (WebFlux) attribute, by name
	 */
	CompletedExchange(String method, @Nullable String handlerRoute, int status, long requestBodySize,
			long responseBodySize, boolean aborted, Function<String, @Nullable String> requestHeaders,
			Function<String, @Nullable String> responseHeaders, Function<String, @Nullable Object> attributes) {
		this.method = method;
		this.handlerRoute = handlerRoute;
		this.status = status;
		this.requestBodySize = requestBodySize;
		this.responseBodySize = responseBodySize;
		this.aborted = aborted;
		this.requestHeaders = requestHeaders;
		this.responseHeaders = responseHeaders;
		this.attributes = attributes;
	}

	/** The request's method, upper case. */
	public String getMethod() {
		return this.method;
	}

	/** The handler's route template ({@code /v1/orders/{id}}); null when no handler mapping matched. */
	public @Nullable String getHandlerRoute() {
		return this.handlerRoute;
	}

	/** The response status code. */
	public int getStatus() {
		return this.status;
	}

	/** The request body's size in bytes: its declared Content-Length, else the bytes the application read. */
	public long getRequestBodySize() {
		return this.requestBodySize;
	}

	/** The response body's size in bytes, as written by the application (before any compression). */
	public long getResponseBodySize() {
		return this.responseBodySize;
	}

	/** Whether the client went away before the response was complete. */
	public boolean isAborted() {
		return this.aborted;
	}

	/** The first value of a request header; null when absent. */
	public @Nullable String requestHeader(String name) {
		return this.requestHeaders.apply(name);
	}

	/** The first value of a response header; null when absent. */
	public @Nullable String responseHeader(String name) {
		return this.responseHeaders.apply(name);
	}

	/**
	 * A request attribute (Spring MVC) or exchange attribute (WebFlux), which a handler may set to
	 * report what the request used; null when absent.
	 */
	public @Nullable Object attribute(String name) {
		return this.attributes.apply(name);
	}

}
