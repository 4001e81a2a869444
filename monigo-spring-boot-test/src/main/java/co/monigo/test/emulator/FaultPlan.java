package co.monigo.test.emulator;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A fault being described: which requests were chosen by {@link Faults}; narrow them to one path
 * (and method) if you like, then say what happens to them. The fault is active once one of
 * {@link #respondWith}, {@link #rateLimit}, {@link #delay} or {@link #dropConnection} is called.
 */
public final class FaultPlan {

	private final Faults faults;

	private final FaultRule.Selector selector;

	private @Nullable String method;

	private @Nullable String path;

	private boolean added;

	FaultPlan(Faults faults, FaultRule.Selector selector) {
		this.faults = faults;
		this.selector = selector;
	}

	/** Only requests to this exact path, e.g. {@code /v1/ingest} (no query). */
	public FaultPlan onPath(String path) {
		this.path = requirePath(path);
		return this;
	}

	/** Only requests of this method (e.g. {@code POST}) to this exact path. */
	public FaultPlan on(String method, String path) {
		this.method = Objects.requireNonNull(method, "method");
		this.path = requirePath(path);
		return this;
	}

	/** Answers with this status (400 or more; 5xx for a server failure) and a JSON error body. */
	public void respondWith(int status) {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("status must be from 400 to 599, was " + status);
		}
		add(FaultAction.status(status));
	}

	/** Answers 429 with {@code Retry-After} set to {@code retryAfter} in whole seconds. */
	public void rateLimit(Duration retryAfter) {
		if (retryAfter == null || retryAfter.isNegative()) {
			throw new IllegalArgumentException("retryAfter must be zero or more, was " + retryAfter);
		}
		add(FaultAction.rateLimit(retryAfter));
	}

	/** Holds each request for {@code delay}, then serves it normally. */
	public void delay(Duration delay) {
		if (delay == null || delay.isNegative() || delay.isZero()) {
			throw new IllegalArgumentException("delay must be positive, was " + delay);
		}
		add(FaultAction.delay(delay));
	}

	/** Reads each request, then closes its connection without answering. */
	public void dropConnection() {
		add(FaultAction.dropConnection());
	}

	private void add(FaultAction action) {
		if (this.added) {
			throw new IllegalStateException("this fault is already added; start another from emulator.faults()");
		}
		this.added = true;
		this.faults.add(new FaultRule(this.selector, this.method, this.path, action));
	}

	private static String requirePath(String path) {
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("path must start with '/', was " + path);
		}
		return path;
	}

}
