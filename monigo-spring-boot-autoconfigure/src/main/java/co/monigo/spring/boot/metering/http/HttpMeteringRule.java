package co.monigo.spring.boot.metering.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import co.monigo.client.model.IngestEvent;

/**
 * One route rule: which requests it matches (path pattern, methods), which of their outcomes count,
 * and the event each counted request becomes. Immutable; built with {@link #builder(String)}, whose
 * setters check their value at once, so a bad rule fails when the application starts.
 */
public final class HttpMeteringRule {

	private final String name;

	private final PathPattern path;

	private final Set<String> methods;

	private final String eventName;

	private final QuantitySource quantity;

	private final String quantityProperty;

	private final List<StatusRange> outcomes;

	private final Set<RequestProperty> properties;

	private final boolean alsoWhenMetered;

	private HttpMeteringRule(Builder builder) {
		this.name = builder.name;
		this.path = required(builder.path, "path");
		this.methods = Set.copyOf(builder.methods);
		this.eventName = required(builder.eventName, "event");
		this.quantity = builder.quantity;
		this.quantityProperty = builder.quantityProperty;
		this.outcomes = List.copyOf(builder.outcomes.isEmpty() ? List.of(StatusRange.SUCCESSFUL) : builder.outcomes);
		this.properties = Set.copyOf(builder.properties);
		this.alsoWhenMetered = builder.alsoWhenMetered;
	}

	private <T> T required(@Nullable T value, String what) {
		if (value == null) {
			throw new IllegalStateException(this.name + " has no " + what);
		}
		return value;
	}

	/**
	 * A builder of a rule.
	 * @param name how the rule is named in messages and logs, such as {@code monigo.metering.http.rules[0]}
	 */
	public static Builder builder(String name) {
		return new Builder(name);
	}

	/** The rule's name, for messages and logs. */
	public String name() {
		return this.name;
	}

	/** Whether a request with this method and path (within the application) is the rule's. */
	public boolean matches(String method, PathContainer path) {
		return (this.methods.isEmpty() || this.methods.contains(method)) && this.path.matches(path);
	}

	/** Whether a request answered with this status counts. */
	public boolean counts(int status) {
		for (StatusRange range : this.outcomes) {
			if (range.contains(status)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the rule still records a request whose handler method is {@code @Metered} (which records
	 * its own event): only when the rule says so, so that a request is billed twice only on purpose.
	 */
	public boolean alsoWhenMetered() {
		return this.alsoWhenMetered;
	}

	/** Whether the rule's quantity reads the request body's size. */
	public boolean readsRequestBody() {
		return this.quantity.readsRequestBody();
	}

	/**
	 * The event of a counted request.
	 * @throws IllegalArgumentException if the quantity can't be had
	 * @throws org.springframework.expression.EvaluationException if a quantity expression fails
	 */
	public IngestEvent toEvent(CompletedExchange exchange, String customerId) {
		Number quantityValue = this.quantity.quantityOf(exchange);
		if (this.properties.isEmpty()) {
			return IngestEvent.of(this.eventName, customerId).withProperties(Map.of(this.quantityProperty, quantityValue));
		}
		Map<String, Object> eventProperties = new LinkedHashMap<>();
		eventProperties.put(this.quantityProperty, quantityValue);
		if (this.properties.contains(RequestProperty.ROUTE)) {
			String route = exchange.getHandlerRoute();
			eventProperties.put(RequestProperty.ROUTE.key(), (route != null) ? route : this.path.getPatternString());
		}
		if (this.properties.contains(RequestProperty.METHOD)) {
			eventProperties.put(RequestProperty.METHOD.key(), exchange.getMethod());
		}
		if (this.properties.contains(RequestProperty.STATUS)) {
			eventProperties.put(RequestProperty.STATUS.key(), exchange.getStatus());
		}
		return IngestEvent.of(this.eventName, customerId).withProperties(eventProperties);
	}

	@Override
	public String toString() {
		String on = this.methods.isEmpty() ? "" : this.methods.stream().sorted().collect(Collectors.joining(",")) + " ";
		return this.name + " (" + on + this.path.getPatternString() + " -> " + this.eventName + ")";
	}

	/** Builds a rule; each setter checks its value and throws {@link IllegalArgumentException} naming the problem. */
	public static final class Builder {

		private final String name;

		private @Nullable PathPattern path;

		private final List<String> methods = new ArrayList<>();

		private @Nullable String eventName;

		private QuantitySource quantity = new QuantitySource.Constant(1L);

		private String quantityProperty = "quantity";

		private final List<StatusRange> outcomes = new ArrayList<>();

		private final Set<RequestProperty> properties = EnumSet.allOf(RequestProperty.class);

		private boolean alsoWhenMetered;

		private Builder(String name) {
			this.name = name;
		}

		/** The path pattern, in Spring's {@link PathPattern} syntax ({@code /v1/**}), matched within the application. */
		public Builder path(@Nullable String pattern) {
			if (pattern == null || pattern.isBlank()) {
				throw new IllegalArgumentException("is empty: set a path pattern such as /v1/**");
			}
			if (!pattern.startsWith("/")) {
				throw new IllegalArgumentException("is '" + pattern + "': a path pattern starts with /");
			}
			try {
				this.path = PathPatternParser.defaultInstance.parse(pattern);
			}
			catch (IllegalArgumentException invalid) {
				throw new IllegalArgumentException("is '" + pattern + "', not a valid path pattern: " + invalid.getMessage());
			}
			return this;
		}

		/** The methods the rule matches; none for all. */
		public Builder methods(Collection<String> methods) {
			this.methods.clear();
			for (String method : methods) {
				if (method == null || method.isBlank()) {
					throw new IllegalArgumentException("has an empty method");
				}
				this.methods.add(method.strip().toUpperCase(Locale.ROOT));
			}
			return this;
		}

		/** The name of the event each counted request records. */
		public Builder event(@Nullable String eventName) {
			if (eventName == null || eventName.isBlank()) {
				throw new IllegalArgumentException("is empty: set the name of the event each matching request records");
			}
			this.eventName = eventName.strip();
			return this;
		}

		/** Where the quantity comes from, as {@link QuantitySource#parse(String)} reads it. */
		public Builder quantity(String source) {
			this.quantity = QuantitySource.parse(source);
			return this;
		}

		/** The event property the quantity is written to. */
		public Builder quantityProperty(String property) {
			if (property == null || property.isBlank()) {
				throw new IllegalArgumentException("is empty: set the property the quantity is written to");
			}
			this.quantityProperty = property.strip();
			return this;
		}

		/** Adds a status range that counts (as {@link StatusRange#parse(String)} reads it); 2xx when none is added. */
		public Builder outcome(String range) {
			this.outcomes.add(StatusRange.parse(range));
			return this;
		}

		/** The facts of the request the event carries as properties besides the quantity. */
		public Builder properties(Collection<RequestProperty> properties) {
			this.properties.clear();
			this.properties.addAll(properties);
			return this;
		}

		/** Whether the rule also records requests whose handler method is {@code @Metered}. */
		public Builder alsoWhenMetered(boolean alsoWhenMetered) {
			this.alsoWhenMetered = alsoWhenMetered;
			return this;
		}

		/**
		 * The rule.
		 * @throws IllegalStateException if the path or the event was not set
		 */
		public HttpMeteringRule build() {
			return new HttpMeteringRule(this);
		}

	}

}
