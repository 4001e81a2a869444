package co.monigo.spring.boot.metering;

import java.lang.reflect.Method;

import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.annotation.AnnotationUtils;

import co.monigo.metering.Metered;

/**
 * Matches the methods {@code @Metered} meters: those annotated, and the public methods of an annotated
 * class. Static: decided once per method when a proxy is made, never per call. Parsing a matched method's
 * expressions here means a bad expression fails startup, when the bean carrying it is created.
 */
final class MeteredPointcut extends StaticMethodMatcherPointcut {

	private final MeteredMethods methods;

	MeteredPointcut(MeteredMethods methods) {
		this.methods = methods;
		setClassFilter(MeteredClasses.INSTANCE);
	}

	@Override
	public boolean matches(Method method, Class<?> targetClass) {
		return this.methods.find(AopUtils.getMostSpecificMethod(method, targetClass), targetClass) != null;
	}

	/** Classes that carry {@code @Metered}, on themselves or on a method. */
	private enum MeteredClasses implements ClassFilter {

		INSTANCE;

		@Override
		public boolean matches(Class<?> candidate) {
			return AnnotationUtils.isCandidateClass(candidate, Metered.class) && MeteredMethods.isMetered(candidate);
		}

	}

}
