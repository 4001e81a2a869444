package co.monigo.spring.boot.metering.http;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.server.RequestPath;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.DisconnectedClientHelper;

import co.monigo.spring.boot.metering.CustomerResolver;
import co.monigo.spring.boot.metering.MeteredCall;

/**
 * Meters Spring MVC (servlet) requests by the route rules: records after the response is complete,
 * with its final status and body size; for an asynchronous request (a {@code DeferredResult}, a
 * {@code StreamingResponseBody}, server-sent events) when the async processing completes. A request
 * no rule matches only costs the match. Only the request's own dispatch is metered: its async, error,
 * forward and include dispatches are part of it, not requests of their own. The response is never
 * changed: the body passes straight through, and exceptions pass through untouched.
 * <p>
 * The customer is resolved on the request thread once the filter chain returns, by the same
 * {@link CustomerResolver} as {@code @Metered}; for the principal to be known, the filter must come
 * after Spring Security's filter chain (an order above its -100). The resolver sees a
 * {@link MeteredCall} of this filter's {@code doFilter}, whose arguments are the request and response.
 */
public final class MeteringServletFilter implements Filter, Ordered {

	private static final Logger logger = LoggerFactory.getLogger(MeteringServletFilter.class);

	private static final Method DO_FILTER = doFilterMethod();

	private final HttpMetering metering;

	private final CustomerResolver customerResolver;

	private final int order;

	/**
	 * @param metering the rules and where their events go
	 * @param customerResolver who is billed
	 * @param order the filter's order among the servlet filters
	 */
	public MeteringServletFilter(HttpMetering metering, CustomerResolver customerResolver, int order) {
		this.metering = metering;
		this.customerResolver = customerResolver;
		this.order = order;
	}

	private static Method doFilterMethod() {
		try {
			return Filter.class.getMethod("doFilter", ServletRequest.class, ServletResponse.class, FilterChain.class);
		}
		catch (NoSuchMethodException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		if (!(servletRequest instanceof HttpServletRequest request)
				|| !(servletResponse instanceof HttpServletResponse response)
				|| request.getDispatcherType() != DispatcherType.REQUEST) {
			chain.doFilter(servletRequest, servletResponse);
			return;
		}
		List<HttpMeteringRule> matched = this.metering.matching(request.getMethod(),
				RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication());
		if (matched.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		CountingServletRequest countingRequest = (request.getContentLengthLong() < 0
				&& matched.stream().anyMatch(HttpMeteringRule::readsRequestBody)) ? new CountingServletRequest(request)
						: null;
		CountingServletResponse countingResponse = new CountingServletResponse(response);
		Exchange exchange = new Exchange(matched, request, countingRequest, countingResponse);
		try {
			chain.doFilter((countingRequest != null) ? countingRequest : request, countingResponse);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			exchange.failed(failure);
			throw failure;
		}
		finally {
			afterChain(exchange);
		}
	}

	/** On the request thread, the filter chain done: record now, or when the async processing completes. */
	private void afterChain(Exchange exchange) {
		try {
			if (exchange.request.isAsyncStarted()) {
				exchange.customer = resolveCustomer(exchange, exchange.matched);
				exchange.request.getAsyncContext().addListener(exchange);
				return;
			}
			List<HttpMeteringRule> recording = exchange.recording();
			if (!recording.isEmpty()) {
				this.metering.record(recording, exchange.completed(), resolveCustomer(exchange, recording));
			}
		}
		catch (RuntimeException unexpected) {
			logger.warn("HTTP metering of a request failed; its usage is not recorded", unexpected);
		}
	}

	/**
	 * The customer, with this request bound to the thread as Spring MVC binds it (the header resolver
	 * reads it there): the filter may run outside Boot's request context filter, or where another
	 * request's attributes were left bound. What was bound before is bound again afterwards.
	 */
	private @Nullable String resolveCustomer(Exchange exchange, List<HttpMeteringRule> rules) {
		RequestAttributes previous = RequestContextHolder.getRequestAttributes();
		boolean rebind = !(previous instanceof ServletRequestAttributes bound && bound.getRequest() == exchange.request);
		if (rebind) {
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(exchange.request, exchange.response));
		}
		try {
			return this.customerResolver.resolve(new MeteredCall(DO_FILTER, MeteringServletFilter.class,
					Arrays.asList(exchange.request, exchange.response), null, 1, null));
		}
		catch (RuntimeException failure) {
			this.metering.customerFailed(rules, failure);
			return null;
		}
		finally {
			if (rebind) {
				RequestContextHolder.setRequestAttributes(previous);
			}
		}
	}

	/** One metered request: what is known of it so far, and the listener of its async completion. */
	private final class Exchange implements AsyncListener {

		private final List<HttpMeteringRule> matched;

		private final HttpServletRequest request;

		private final @Nullable CountingServletRequest countingRequest;

		private final CountingServletResponse response;

		private final AtomicBoolean recorded = new AtomicBoolean();

		private volatile boolean failedBeforeCommit;

		private volatile @Nullable String customer;

		Exchange(List<HttpMeteringRule> matched, HttpServletRequest request,
				@Nullable CountingServletRequest countingRequest, CountingServletResponse response) {
			this.matched = matched;
			this.request = request;
			this.countingRequest = countingRequest;
			this.response = response;
		}

		/** An exception left the chain: a client gone, or an error the container turns into a 500. */
		void failed(Throwable failure) {
			if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
				this.response.abort();
			}
			else if (!this.response.isCommitted()) {
				this.failedBeforeCommit = true;
			}
		}

		List<HttpMeteringRule> recording() {
			return MeteringServletFilter.this.metering.recording(this.matched, completed(),
					this.request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE));
		}

		CompletedExchange completed() {
			long requestBytes = (this.countingRequest != null) ? this.countingRequest.bytes()
					: Math.max(this.request.getContentLengthLong(), 0);
			Object route = this.request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			return new CompletedExchange(this.request.getMethod(), (route != null) ? route.toString() : null,
					this.failedBeforeCommit ? 500 : this.response.getStatus(), requestBytes, this.response.bytes(),
					this.response.aborted(), this.request::getHeader, this.response::getHeader,
					this.request::getAttribute);
		}

		@Override
		public void onComplete(AsyncEvent event) {
			if (!this.recorded.compareAndSet(false, true)) {
				return;
			}
			try {
				List<HttpMeteringRule> recording = recording();
				if (!recording.isEmpty()) {
					MeteringServletFilter.this.metering.record(recording, completed(), this.customer);
				}
			}
			catch (RuntimeException unexpected) {
				logger.warn("HTTP metering of an async request failed; its usage is not recorded", unexpected);
			}
		}

		@Override
		public void onError(AsyncEvent event) {
			// other errors: the container's error handling sets the status onComplete reads
			Throwable failure = event.getThrowable();
			if (failure != null && DisconnectedClientHelper.isClientDisconnectedException(failure)) {
				this.response.abort();
			}
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			// the container answers a timeout itself (503 by default) and completes: onComplete records
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			event.getAsyncContext().addListener(this);
		}

	}

}
