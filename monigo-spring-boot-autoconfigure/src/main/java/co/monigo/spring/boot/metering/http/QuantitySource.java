package co.monigo.spring.boot.metering.http;

import java.math.BigDecimal;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * Where a rule's quantity comes from, written in a rule as a number ({@code 1}), {@code request-body-size},
 * {@code response-body-size}, {@code response-header:X-Tokens-Used} or {@code expression:<SpEL>}.
 */
public sealed interface QuantitySource {

	/** The prefix of a response header source. */
	String HEADER_PREFIX = "response-header:";

	/** The prefix of an expression source. */
	String EXPRESSION_PREFIX = "expression:";

	/**
	 * The quantity of a completed exchange.
	 * @throws IllegalArgumentException if the source holds no number for this exchange
	 * @throws org.springframework.expression.EvaluationException if an expression fails
	 */
	Number quantityOf(CompletedExchange exchange);

	/** Whether the source reads the request body's size. */
	default boolean readsRequestBody() {
		return false;
	}

	/**
	 * Reads a source as written in a rule; an expression is parsed now, once.
	 * @throws IllegalArgumentException if the text is no known source, or an expression does not parse
	 */
	static QuantitySource parse(String text) {
		String source = text.strip();
		if (source.equals("request-body-size")) {
			return new RequestBodySize();
		}
		if (source.equals("response-body-size")) {
			return new ResponseBodySize();
		}
		if (source.startsWith(HEADER_PREFIX) && !source.substring(HEADER_PREFIX.length()).isBlank()) {
			return new ResponseHeader(source.substring(HEADER_PREFIX.length()).strip());
		}
		if (source.startsWith(EXPRESSION_PREFIX)) {
			return ExchangeExpression.parse(source.substring(EXPRESSION_PREFIX.length()));
		}
		try {
			return new Constant(number("quantity", source));
		}
		catch (IllegalArgumentException notANumber) {
			throw new IllegalArgumentException("is '" + text + "', not a quantity source: use a number, "
					+ "request-body-size, response-body-size, " + HEADER_PREFIX + "<name> or "
					+ EXPRESSION_PREFIX + "<SpEL over the exchange>");
		}
	}

	/** The number in a header, or a number an expression produced as text. */
	private static Number number(String what, String text) {
		try {
			BigDecimal value = new BigDecimal(text.strip());
			return (value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0)
					? value.longValueExact() : value;
		}
		catch (NumberFormatException notANumber) {
			throw new IllegalArgumentException(what + " is '" + text + "', not a number");
		}
	}

	/** The same quantity for every request. */
	record Constant(Number value) implements QuantitySource {

		@Override
		public Number quantityOf(CompletedExchange exchange) {
			return this.value;
		}

	}

	/** The request body's bytes. */
	record RequestBodySize() implements QuantitySource {

		@Override
		public Number quantityOf(CompletedExchange exchange) {
			return exchange.getRequestBodySize();
		}

		@Override
		public boolean readsRequestBody() {
			return true;
		}

	}

	/** The response body's bytes, counted to the end of a streamed response. */
	record ResponseBodySize() implements QuantitySource {

		@Override
		public Number quantityOf(CompletedExchange exchange) {
			return exchange.getResponseBodySize();
		}

	}

	/** The number in a response header, such as {@code X-Tokens-Used}. */
	record ResponseHeader(String name) implements QuantitySource {

		@Override
		public Number quantityOf(CompletedExchange exchange) {
			String value = exchange.responseHeader(this.name);
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException("response header " + this.name + " is missing");
			}
			return number("response header " + this.name, value);
		}

	}

	/**
	 * A SpEL expression over the {@link CompletedExchange}, parsed once and evaluated read-only: it may
	 * read the exchange's properties and call its methods, never reach beans, types or constructors.
	 */
	record ExchangeExpression(Expression expression) implements QuantitySource {

		private static final SpelExpressionParser PARSER = new SpelExpressionParser();

		/** One context for every evaluation: the exchange is passed as the root object of each. */
		private static final EvaluationContext READ_ONLY = SimpleEvaluationContext.forReadOnlyDataBinding()
			.withInstanceMethods()
			.build();

		static ExchangeExpression parse(String text) {
			if (text.isBlank()) {
				throw new IllegalArgumentException("has an empty expression");
			}
			try {
				return new ExchangeExpression(PARSER.parseExpression(text));
			}
			catch (ParseException invalid) {
				throw new IllegalArgumentException("has an invalid expression '" + text + "': " + invalid.getMessage(),
						invalid);
			}
		}

		@Override
		public Number quantityOf(CompletedExchange exchange) {
			Object value = this.expression.getValue(READ_ONLY, exchange);
			if (value instanceof Number number) {
				return number;
			}
			if (value instanceof CharSequence text) {
				return number("expression " + this.expression.getExpressionString(), text.toString());
			}
			throw new IllegalArgumentException(
					"expression " + this.expression.getExpressionString() + " gave " + value + ", not a number");
		}

		@Override
		public boolean readsRequestBody() {
			return this.expression.getExpressionString().contains("requestBodySize");
		}

	}

}
