package co.monigo.spring.boot.metering;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.Metered;

/**
 * A {@code @Metered} method with its expressions parsed once. Evaluation is read-only
 * ({@link SimpleEvaluationContext}): expressions read the call's arguments, result and customer,
 * and may call their methods, but can't reach beans, types or constructors.
 */
final class MeteredMethod {

	private static final ExpressionParser PARSER = new SpelExpressionParser();

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private final String description;

	private final String eventName;

	private final Metered.When when;

	private final @Nullable Expression customer;

	private final Expression quantity;

	private final String quantityProperty;

	private final Map<String, Expression> properties = new LinkedHashMap<>();

	private final @Nullable Expression idempotencyKey;

	private final String @Nullable [] parameterNames;

	MeteredMethod(Method method, Class<?> targetClass, Metered metered) {
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
		this.parameterNames = PARAMETER_NAMES.getParameterNames(method);
	}

	private @Nullable Expression parseOptional(String attribute, String text) {
		return text.isBlank() ? null : parse(attribute, text);
	}

	private Expression parse(String attribute, String text) {
		try {
			return PARSER.parseExpression(text);
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

	/** The customer named by the annotation's expression; null when it names none or gives nothing. */
	@Nullable String customer(MeteredCall call) {
		if (this.customer == null) {
			return null;
		}
		Object value = this.customer.getValue(context(call, null));
		return (value == null || value.toString().isBlank()) ? null : value.toString();
	}

	/**
	 * The event for this call.
	 * @throws org.springframework.expression.EvaluationException if an expression fails
	 * @throws IllegalArgumentException if the quantity is not a number
	 */
	IngestEvent toEvent(MeteredCall call, String customerId) {
		SimpleEvaluationContext context = context(call, customerId);
		Object quantityValue = this.quantity.getValue(context);
		if (!(quantityValue instanceof Number)) {
			throw new IllegalArgumentException("quantity of @Metered on " + this.description
					+ " must be a number, was " + quantityValue);
		}
		Map<String, Object> eventProperties = new LinkedHashMap<>();
		eventProperties.put(this.quantityProperty, quantityValue);
		this.properties.forEach((name, expression) -> eventProperties.put(name, expression.getValue(context)));
		if (this.when == Metered.When.ALWAYS) {
			eventProperties.put("outcome", (call.exception() == null) ? "success" : "failure");
		}
		IngestEvent event = IngestEvent.of(this.eventName, customerId).withProperties(eventProperties);
		if (this.idempotencyKey != null) {
			Object key = this.idempotencyKey.getValue(context);
			if (key != null && !key.toString().isBlank()) {
				event = event.withIdempotencyKey(key.toString());
			}
		}
		return event;
	}

	private SimpleEvaluationContext context(MeteredCall call, @Nullable String customerId) {
		SimpleEvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding()
			.withInstanceMethods()
			.withRootObject(call)
			.build();
		for (int i = 0; i < call.args().size(); i++) {
			Object argument = call.args().get(i);
			context.setVariable("p" + i, argument);
			context.setVariable("a" + i, argument);
			if (this.parameterNames != null && i < this.parameterNames.length) {
				context.setVariable(this.parameterNames[i], argument);
			}
		}
		context.setVariable("result", call.result());
		context.setVariable("count", call.count());
		context.setVariable("exception", call.exception());
		context.setVariable("customer", customerId);
		return context;
	}

}
