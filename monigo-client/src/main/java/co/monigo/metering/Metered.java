package co.monigo.metering;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns each call of a method into a usage event. On a class, meters every public method; an
 * annotation on the method wins over the class's.
 * <p>
 * Expressions are SpEL, evaluated read-only over the call: the arguments by name ({@code #prompt}) and
 * by index ({@code #p0}, {@code #a0}), {@code #result} (the returned value; a {@code Mono}'s value),
 * {@code #count} (the elements a {@code Flux} emitted), {@code #exception} (on failure) and
 * {@code #customer} (the resolved customer). They can't reach beans or types. An expression that does
 * not parse fails startup; one that fails at run time is counted and logged, and the call goes on.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Metered {

	/** The event name, e.g. {@code "api_call"}; metrics select events by it. */
	String value();

	/**
	 * The customer, as an expression; empty means the application's {@code CustomerResolver} decides
	 * (a request header or the authenticated principal).
	 */
	String customer() default "";

	/** The quantity, as an expression over the call; must give a number. */
	String quantity() default "1";

	/** The event property that carries the quantity, for {@code sum} metrics. */
	String quantityProperty() default "quantity";

	/** More event properties, each a name and an expression. */
	Property[] properties() default {};

	/**
	 * The idempotency key, as an expression (e.g. from a request id, so a client's retry of the same
	 * request is not billed twice); empty means a new key per call.
	 */
	String idempotencyKey() default "";

	/** When a call is recorded. */
	When when() default When.SUCCESS;

	/**
	 * One event property: a name and a SpEL expression for its value.
	 */
	@Retention(RetentionPolicy.RUNTIME)
	@Target({})
	@interface Property {

		String name();

		String value();

	}

	/**
	 * Which calls are recorded.
	 */
	enum When {

		/** Calls that return normally (a reactive result: that completes). */
		SUCCESS,

		/** Calls that throw (a reactive result: that errors). */
		FAILURE,

		/** Every call, with an {@code outcome} property of {@code success} or {@code failure}. */
		ALWAYS

	}

}
