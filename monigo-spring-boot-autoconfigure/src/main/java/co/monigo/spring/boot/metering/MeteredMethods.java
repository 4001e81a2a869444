package co.monigo.spring.boot.metering;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ConcurrentReferenceHashMap;

import co.monigo.metering.Metered;

/**
 * The {@code @Metered} methods met so far, each parsed once. A method's own annotation wins over its
 * class's; a class's annotation covers its public methods, not those inherited from {@code Object}.
 */
public final class MeteredMethods {

	private static final String SPRINGS_OWN = "org.springframework.";

	/** Classes already searched; soft references, so a class loader can still be collected. */
	private static final Map<Class<?>, Boolean> METERED_CLASSES = new ConcurrentReferenceHashMap<>();

	private record Key(Method method, Class<?> targetClass) {
	}

	private final Map<Key, Optional<MeteredMethod>> methods = new ConcurrentHashMap<>();

	/**
	 * The parsed method, or null when it is not metered.
	 * @throws InvalidMeteredExpressionException if an expression does not parse
	 */
	@Nullable MeteredMethod find(Method method, Class<?> targetClass) {
		return this.methods.computeIfAbsent(new Key(method, targetClass), (key) -> parse(method, targetClass))
			.orElse(null);
	}

	/**
	 * Parses every metered method of a class now, so a bad expression fails startup.
	 * @throws InvalidMeteredExpressionException if an expression does not parse
	 */
	public void validate(Class<?> targetClass) {
		if (AnnotatedElementUtils.hasAnnotation(targetClass, Metered.class)) {
			for (Method method : targetClass.getMethods()) {
				find(method, targetClass);
			}
		}
		annotatedMethods(targetClass).forEach((method) -> find(method, targetClass));
	}

	/**
	 * Whether the class or one of its methods carries {@code @Metered}; decided once per class (the
	 * proxy creator and the validator both ask, for every bean). Spring's own classes are not searched:
	 * an application cannot annotate them, and they are most of a context's beans, each with a deep
	 * hierarchy to search (measured: about 40 ms of a Spring MVC application's start).
	 */
	static boolean isMetered(Class<?> targetClass) {
		if (targetClass.getName().startsWith(SPRINGS_OWN)) {
			return false;
		}
		return METERED_CLASSES.computeIfAbsent(targetClass,
				(type) -> AnnotatedElementUtils.hasAnnotation(type, Metered.class) || !annotatedMethods(type).isEmpty());
	}

	private static Set<Method> annotatedMethods(Class<?> targetClass) {
		return MethodIntrospector
			.selectMethods(targetClass,
					(MethodIntrospector.MetadataLookup<Metered>) (method) -> AnnotatedElementUtils
						.findMergedAnnotation(method, Metered.class))
			.keySet();
	}

	private static Optional<MeteredMethod> parse(Method method, Class<?> targetClass) {
		Metered onMethod = AnnotatedElementUtils.findMergedAnnotation(method, Metered.class);
		if (onMethod != null) {
			return Optional.of(new MeteredMethod(method, targetClass, onMethod));
		}
		Metered onClass = AnnotatedElementUtils.findMergedAnnotation(targetClass, Metered.class);
		if (onClass != null && Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
				&& method.getDeclaringClass() != Object.class) {
			return Optional.of(new MeteredMethod(method, targetClass, onClass));
		}
		return Optional.empty();
	}

}
