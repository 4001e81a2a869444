package co.monigo.spring.boot.metering.http;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationException;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;

import co.monigo.metering.Metered;
import co.monigo.spring.boot.metering.MeteredEventSink;
import co.monigo.spring.boot.metering.MeteringFailures;
import co.monigo.spring.boot.metering.MeteringFailures.Reason;

/**
 * The part of HTTP metering both web stacks share: which rules a request matches, which of them count
 * its completed exchange, and recording their events through the same sink as {@code @Metered} (so the
 * external-id mapping applies). Never throws: a failure to make an event is counted in
 * {@link MeteringFailures} and logged. Thread-safe.
 * <p>
 * A request whose handler method is {@code @Metered} records its annotation's event; a rule records it
 * too only if the rule sets {@code also-when-metered}. Only the handler method (or its class) is looked
 * at: a {@code @Metered} method further down the call is not seen, and both record.
 */
public final class HttpMetering {

	private final List<HttpMeteringRule> rules;

	private final MeteredEventSink sink;

	private final MeteringFailures failures;

	private final boolean recordAborted;

	private final Map<Method, Boolean> meteredHandlers = new ConcurrentHashMap<>();

	/**
	 * @param rules the rules, in order
	 * @param sink where events go
	 * @param failures where failures to make an event are counted
	 * @param recordAborted whether a request the client aborted still records, when its status counts
	 */
	public HttpMetering(List<HttpMeteringRule> rules, MeteredEventSink sink, MeteringFailures failures,
			boolean recordAborted) {
		this.rules = List.copyOf(rules);
		this.sink = sink;
		this.failures = failures;
		this.recordAborted = recordAborted;
	}

	/** The rules a request matches, every one of which may record an event; empty (and allocation-free) for none. */
	public List<HttpMeteringRule> matching(String method, PathContainer path) {
		List<HttpMeteringRule> matched = List.of();
		for (HttpMeteringRule rule : this.rules) {
			if (rule.matches(method, path)) {
				if (matched.isEmpty()) {
					matched = new ArrayList<>(this.rules.size());
				}
				matched.add(rule);
			}
		}
		return matched;
	}

	/**
	 * The matched rules that record this completed exchange: those whose outcomes count its status, not
	 * when the client aborted (unless set to), and not when the handler is {@code @Metered} (unless the
	 * rule says so).
	 * @param handler the handler that served the request, when known
	 */
	public List<HttpMeteringRule> recording(List<HttpMeteringRule> matched, CompletedExchange exchange,
			@Nullable Object handler) {
		if (exchange.isAborted() && !this.recordAborted) {
			return List.of();
		}
		List<HttpMeteringRule> recording = new ArrayList<>(matched.size());
		for (HttpMeteringRule rule : matched) {
			if (rule.counts(exchange.getStatus()) && (rule.alsoWhenMetered() || !isMetered(handler))) {
				recording.add(rule);
			}
		}
		return recording;
	}

	/** Records the rules' events for the customer; with no customer, counts each as not recorded. */
	public void record(List<HttpMeteringRule> rules, CompletedExchange exchange, @Nullable String customer) {
		for (HttpMeteringRule rule : rules) {
			if (customer == null) {
				this.failures.failed(Reason.NO_CUSTOMER, rule.toString(), "no customer for this request");
				continue;
			}
			record(rule, exchange, customer);
		}
	}

	private void record(HttpMeteringRule rule, CompletedExchange exchange, String customer) {
		try {
			this.sink.accept(rule.toEvent(exchange, customer));
		}
		catch (EvaluationException failure) {
			this.failures.failed(Reason.EXPRESSION, rule.toString(), String.valueOf(failure.getMessage()));
		}
		catch (IllegalArgumentException invalid) {
			this.failures.failed(Reason.INVALID_EVENT, rule.toString(), String.valueOf(invalid.getMessage()));
		}
		catch (RuntimeException unexpected) {
			this.failures.failed(Reason.INVALID_EVENT, rule.toString(), String.valueOf(unexpected));
		}
	}

	/** Counts a customer resolver that threw, for each rule that would have recorded. */
	public void customerFailed(List<HttpMeteringRule> rules, Throwable failure) {
		for (HttpMeteringRule rule : rules) {
			this.failures.failed(Reason.NO_CUSTOMER, rule.toString(), String.valueOf(failure));
		}
	}

	private boolean isMetered(@Nullable Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return false;
		}
		return this.meteredHandlers.computeIfAbsent(method.getMethod(),
				(javaMethod) -> AnnotatedElementUtils.hasAnnotation(javaMethod, Metered.class)
						|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), Metered.class));
	}

}
