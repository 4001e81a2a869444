package co.monigo.test.spring;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

import co.monigo.test.MonigoEmulatorTest;

/**
 * Gives the application context of a test class annotated with {@link MonigoEmulatorTest} an emulator
 * to talk to. Registered in {@code META-INF/spring.factories}; does nothing for other test classes.
 */
public final class MonigoEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		MonigoEmulatorTest annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				MonigoEmulatorTest.class);
		return (annotation != null) ? new MonigoEmulatorContextCustomizer(annotation.apiKey()) : null;
	}

}
