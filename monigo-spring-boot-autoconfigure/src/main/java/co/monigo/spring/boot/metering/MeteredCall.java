package co.monigo.spring.boot.metering;

import java.lang.reflect.Method;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One call of a {@code @Metered} method, as expressions and customer resolvers see it. The root
 * object of every expression: {@code args[0]} reads the first argument.
 *
 * @param method the method called
 * @param targetClass the class of the object called
 * @param args the arguments
 * @param result the returned value (a {@code Mono}'s value), when the call succeeded
 * @param count how many elements a {@code Flux} emitted; 1 for other results
 * @param exception what the call threw, when it failed
 */
public record MeteredCall(Method method, Class<?> targetClass, List<@Nullable Object> args, @Nullable Object result,
		long count, @Nullable Throwable exception) {

	/** The call before its outcome is known. */
	static MeteredCall of(Method method, Class<?> targetClass, @Nullable Object[] args) {
		return new MeteredCall(method, targetClass, java.util.Arrays.asList(args), null, 1, null);
	}

	MeteredCall succeeded(@Nullable Object result, long count) {
		return new MeteredCall(this.method, this.targetClass, this.args, result, count, null);
	}

	MeteredCall failed(Throwable exception) {
		return new MeteredCall(this.method, this.targetClass, this.args, null, 0, exception);
	}

	/** {@code Class#method}, for messages. */
	public String describe() {
		return this.targetClass.getName() + "#" + this.method.getName();
	}

}
