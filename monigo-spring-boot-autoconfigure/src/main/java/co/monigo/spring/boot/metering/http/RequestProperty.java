package co.monigo.spring.boot.metering.http;

import java.util.Locale;

/**
 * A low-cardinality fact about a metered request that a rule can add to its event's properties. The
 * raw path is deliberately not one of them: it holds ids, and would make every event's properties
 * different.
 */
public enum RequestProperty {

	/**
	 * The route template: the handler's mapping ({@code /v1/orders/{id}}) when one matched, else the
	 * rule's path pattern.
	 */
	ROUTE,

	/** The HTTP method, upper case. */
	METHOD,

	/** The response status code. */
	STATUS;

	/** The property's name in the event. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
