package co.monigo.spring.boot.autoconfigure.metering.http;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import co.monigo.spring.boot.metering.http.RequestProperty;

/**
 * Metering of HTTP requests by route rules, without annotations.
 */
@ConfigurationProperties("monigo.metering.http")
public class HttpMeteringProperties {

	/** The route rules: each request a rule matches, once complete with a status it counts, records one event. */
	private List<Rule> rules = new ArrayList<>();

	/** Whether a request the client aborted is still recorded (with the status and bytes so far). */
	private boolean recordAborted = false;

	/**
	 * Order of the metering filter among the servlet filters or web filters. After Spring Security's
	 * (-100) by default, so that the principal is known.
	 */
	private int filterOrder = 0;

	public List<Rule> getRules() {
		return this.rules;
	}

	public void setRules(List<Rule> rules) {
		this.rules = rules;
	}

	public boolean isRecordAborted() {
		return this.recordAborted;
	}

	public void setRecordAborted(boolean recordAborted) {
		this.recordAborted = recordAborted;
	}

	public int getFilterOrder() {
		return this.filterOrder;
	}

	public void setFilterOrder(int filterOrder) {
		this.filterOrder = filterOrder;
	}

	/** One route rule. */
	public static class Rule {

		/** Path pattern the rule matches, in Spring's PathPattern syntax, within the application: /v1/**. */
		private @Nullable String path;

		/** HTTP methods the rule matches; all when empty. */
		private List<String> methods = new ArrayList<>();

		/** Name of the event each counted request records. */
		private @Nullable String event;

		/**
		 * Quantity of each event: a number, request-body-size, response-body-size,
		 * response-header:<name> (such as response-header:X-Tokens-Used), or expression:<SpEL over the
		 * exchange> (such as expression:responseBodySize / 1024).
		 */
		private String quantity = "1";

		/** Event property the quantity is written to. */
		private String quantityProperty = "quantity";

		/** Response statuses that count: classes (2xx), statuses (404) or ranges (400-429). */
		private List<String> outcomes = new ArrayList<>(List.of("2xx"));

		/** Facts of the request added to the event's properties: route (the route template), method, status. */
		private Set<RequestProperty> properties = EnumSet.allOf(RequestProperty.class);

		/**
		 * Whether the rule also records requests whose handler method is @Metered, which records its own
		 * event: then the request is billed by both.
		 */
		private boolean alsoWhenMetered = false;

		public @Nullable String getPath() {
			return this.path;
		}

		public void setPath(@Nullable String path) {
			this.path = path;
		}

		public List<String> getMethods() {
			return this.methods;
		}

		public void setMethods(List<String> methods) {
			this.methods = methods;
		}

		public @Nullable String getEvent() {
			return this.event;
		}

		public void setEvent(@Nullable String event) {
			this.event = event;
		}

		public String getQuantity() {
			return this.quantity;
		}

		public void setQuantity(String quantity) {
			this.quantity = quantity;
		}

		public String getQuantityProperty() {
			return this.quantityProperty;
		}

		public void setQuantityProperty(String quantityProperty) {
			this.quantityProperty = quantityProperty;
		}

		public List<String> getOutcomes() {
			return this.outcomes;
		}

		public void setOutcomes(List<String> outcomes) {
			this.outcomes = outcomes;
		}

		public Set<RequestProperty> getProperties() {
			return this.properties;
		}

		public void setProperties(Set<RequestProperty> properties) {
			this.properties = properties;
		}

		public boolean isAlsoWhenMetered() {
			return this.alsoWhenMetered;
		}

		public void setAlsoWhenMetered(boolean alsoWhenMetered) {
			this.alsoWhenMetered = alsoWhenMetered;
		}

	}

}
