package co.monigo.spring.boot.metering;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelCompilerMode;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.standard.SpelExpressionParser;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.Metered;

/**
 * A {@code @Metered} method with its expressions parsed once. Evaluation is read-only
 * ({@link CallEvaluationContext}): expressions read the call's arguments, result and customer,
 * and may call their methods, but can't reach beans, types or constructors.
 */
final class MeteredMethod {

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private final String description;

	private final String eventName;

	private final Metered.When when;

	private final @Nullable Expression customer;

	private final Expression quantity;

	private final String quantityProperty;

	private final Map<String, Expression> properties = new LinkedHashMap<>();

	private final @Nullable Expression idempotencyKey;

	/** The argument each argument variable ({@code #p0}, {@code #a0}, parameter names) reads. */
	private final Map<String, Integer> argumentIndexes;

	private final ExpressionParser parser;

	MeteredMethod(Method method, Class<?> targetClass, Metered metered) {
		this.parser = compilingParser(targetClass);
		this.description = targetClass.getName() + "#" + method.getName();
		this.eventName = metered.value();
		if (this.eventName.isBlank()) {
			throw new IllegalStateException("@Metered on " + this.description + " needs an event name");
		}
		this.when = metered.when();
		this.customer = parseOptional("customer", metered.customer());
		this.quantity = parse("quantity", metered.quantity());
		this.quantityProperty = metered.quantityProperty();
		for (Metered.Property property : metered.properties()) {
			this.properties.put(property.name(), parse("properties." + property.name(), property.value()));
		}
		this.idempotencyKey = parseOptional("idempotencyKey", metered.idempotencyKey());
		this.argumentIndexes = argumentIndexes(method);
	}

	private static Map<String, Integer> argumentIndexes(Method method) {
		String @Nullable [] parameterNames = PARAMETER_NAMES.getParameterNames(method);
		Map<String, Integer> indexes = new HashMap<>();
		for (int i = 0; i < method.getParameterCount(); i++) {
			indexes.put("p" + i, i);
			indexes.put("a" + i, i);
			if (parameterNames != null && i < parameterNames.length) {
				indexes.put(parameterNames[i], i);
			}
		}
		return Map.copyOf(indexes);
	}

	/**
	 * A parser whose expressions are compiled to bytecode once they have run often enough, falling back
	 * to interpretation when a compiled expression meets a type it was not compiled for: a JFR profile of
	 * the aspect benchmark showed interpreting ({@code VariableReference} working out its value's type
	 * descriptor on every read) as the largest part of evaluating. Compilation only replays what the
	 * read-only context allowed when interpreted: a method or property it refused is never compiled.
	 */
	private static ExpressionParser compilingParser(Class<?> targetClass) {
		return new SpelExpressionParser(new SpelParserConfiguration(SpelCompilerMode.MIXED, targetClass.getClassLoader()));
	}

	private @Nullable Expression parseOptional(String attribute, String text) {
		return text.isBlank() ? null : parse(attribute, text);
	}

	private Expression parse(String attribute, String text) {
		try {
			return this.parser.parseExpression(text);
		}
		catch (ParseException invalid) {
			throw new InvalidMeteredExpressionException(this.description, attribute, text, invalid);
		}
	}

	String description() {
		return this.description;
	}

	boolean recordsSuccess() {
		return this.when != Metered.When.FAILURE;
	}

	boolean recordsFailure() {
		return this.when != Metered.When.SUCCESS;
	}

	/** Whether the customer comes from the annotation rather than a resolver. */
	boolean namesCustomer() {
		return this.customer != null;
	}

	/**
	 * The customer named by the annotation's expression, stripped; null when it names none or gives
	 * nothing or only blanks.
	 */
	@Nullable String customer(MeteredCall call) {
		if (this.customer == null) {
			return null;
		}
		Object value = this.customer.getValue(context(call, null));
		return (value == null || value.toString().isBlank()) ? null : value.toString().strip();
	}

	/**
	 * The event for this call.
	 * @throws org.springframework.expression.EvaluationException if an expression fails
	 * @throws IllegalArgumentException if the quantity is not a number
	 */
	IngestEvent toEvent(MeteredCall call, String customerId) {
		EvaluationContext context = context(call, customerId);
		Object quantityValue = this.quantity.getValue(context);
		if (!(quantityValue instanceof Number)) {
			throw new IllegalArgumentException("quantity of @Metered on " + this.description
					+ " must be a number, was " + quantityValue);
		}
		IngestEvent event = IngestEvent.of(this.eventName, customerId)
			.withProperties(eventProperties(call, context, quantityValue));
		if (this.idempotencyKey != null) {
			Object key = this.idempotencyKey.getValue(context);
			if (key != null && !key.toString().isBlank()) {
				event = event.withIdempotencyKey(key.toString());
			}
		}
		return event;
	}

	private Map<String, Object> eventProperties(MeteredCall call, EvaluationContext context, Object quantityValue) {
		if (this.properties.isEmpty() && this.when != Metered.When.ALWAYS) {
			return Map.of(this.quantityProperty, quantityValue);
		}
		Map<String, Object> eventProperties = new LinkedHashMap<>();
		eventProperties.put(this.quantityProperty, quantityValue);
		this.properties.forEach((name, expression) -> eventProperties.put(name, expression.getValue(context)));
		if (this.when == Metered.When.ALWAYS) {
			eventProperties.put("outcome", (call.exception() == null) ? "success" : "failure");
		}
		return eventProperties;
	}

	private EvaluationContext context(MeteredCall call, @Nullable String customerId) {
		return new CallEvaluationContext(call, this.argumentIndexes, customerId);
	}

}
