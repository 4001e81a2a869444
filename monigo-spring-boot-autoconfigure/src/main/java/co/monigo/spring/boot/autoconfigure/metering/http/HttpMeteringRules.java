package co.monigo.spring.boot.autoconfigure.metering.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import co.monigo.spring.boot.autoconfigure.InvalidMonigoConfigurationException;
import co.monigo.spring.boot.metering.http.HttpMeteringRule;

/**
 * Turns the {@code monigo.metering.http.rules} properties into rules, checking each value: a bad one
 * fails startup with a message naming the property, index included ({@code monigo.metering.http.rules[2].path}).
 */
final class HttpMeteringRules {

	static final String PREFIX = "monigo.metering.http.rules";

	private HttpMeteringRules() {
	}

	/**
	 * The rules, in order.
	 * @throws InvalidMonigoConfigurationException naming the first bad property
	 */
	static List<HttpMeteringRule> of(HttpMeteringProperties properties) {
		List<HttpMeteringRule> rules = new ArrayList<>();
		List<HttpMeteringProperties.Rule> configured = properties.getRules();
		for (int index = 0; index < configured.size(); index++) {
			rules.add(rule(PREFIX + "[" + index + "]", configured.get(index)));
		}
		return rules;
	}

	private static HttpMeteringRule rule(String name, HttpMeteringProperties.Rule rule) {
		HttpMeteringRule.Builder builder = HttpMeteringRule.builder(name);
		check(name + ".path", rule.getPath(), builder::path);
		check(name + ".event", rule.getEvent(), builder::event);
		check(name + ".methods", rule.getMethods(), builder::methods);
		check(name + ".quantity", rule.getQuantity(), builder::quantity);
		check(name + ".quantity-property", rule.getQuantityProperty(), builder::quantityProperty);
		for (int index = 0; index < rule.getOutcomes().size(); index++) {
			check(name + ".outcomes[" + index + "]", rule.getOutcomes().get(index), builder::outcome);
		}
		return builder.properties(rule.getProperties()).alsoWhenMetered(rule.isAlsoWhenMetered()).build();
	}

	private static <T> void check(String property, T value, Consumer<T> setter) {
		try {
			setter.accept(value);
		}
		catch (IllegalArgumentException invalid) {
			throw new InvalidMonigoConfigurationException(property, invalid.getMessage(),
					"Fix " + property + ". A rule needs a path (a PathPattern such as /v1/**) and an event name; its"
							+ " quantity is a number, request-body-size, response-body-size,"
							+ " response-header:<name> or expression:<SpEL>; its outcomes are status classes (2xx),"
							+ " statuses (404) or ranges (400-429).");
		}
	}

}
