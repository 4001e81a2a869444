package co.monigo.test;

import java.util.Arrays;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import co.monigo.client.MonigoClient;
import co.monigo.client.core.ApiKey;
import co.monigo.client.core.KeyMode;
import co.monigo.test.emulator.MonigoEmulator;

/**
 * The JUnit 5 extension behind {@link MonigoEmulatorTest}: starts one emulator per test class (closed
 * with the class), resets it before each test, and resolves {@link MonigoEmulator} and
 * {@link MonigoClient} parameters. In a Spring test it uses the emulator of the test's application
 * context instead, the one {@code monigo.base-url} points at.
 */
public final class MonigoEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(MonigoEmulatorExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!isSpringTest(context.getRequiredTestClass())) {
			emulator(context);
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		MonigoEmulator emulator = emulator(context);
		emulator.reset();
		if (isSpringTest(context.getRequiredTestClass())) {
			WebhookEndpointRegistration.registerApplication(emulator,
					SpringExtension.getApplicationContext(context).getEnvironment());
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == MonigoEmulator.class || type == MonigoClient.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		MonigoEmulator emulator = emulator(context);
		if (parameter.getParameter().getType() == MonigoEmulator.class) {
			return emulator;
		}
		String apiKey = apiKey(context.getRequiredTestClass());
		return store(context).computeIfAbsent(MonigoClient.class.getName() + ":" + apiKey,
				(key) -> MonigoClient.builder().apiKey(apiKey).baseUrl(emulator.baseUrl()).build(), MonigoClient.class);
	}

	private static MonigoEmulator emulator(ExtensionContext context) {
		if (isSpringTest(context.getRequiredTestClass())) {
			return SpringExtension.getApplicationContext(context).getBean(MonigoEmulator.class);
		}
		return store(context).computeIfAbsent(MonigoEmulator.class, (type) -> MonigoEmulator.start(),
				MonigoEmulator.class);
	}

	/** The store of the test class, so that what it holds lives (and is closed) with the class. */
	private static ExtensionContext.Store store(ExtensionContext context) {
		ExtensionContext classContext = context;
		while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
			classContext = classContext.getParent().get();
		}
		return classContext.getStore(NAMESPACE);
	}

	/** The annotation's key, checked: a key of neither mode would only meet 401s. */
	static String apiKey(Class<?> testClass) {
		MonigoEmulatorTest annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				MonigoEmulatorTest.class);
		String apiKey = (annotation != null) ? annotation.apiKey() : MonigoEmulator.TEST_API_KEY;
		if (ApiKey.of(apiKey).mode() == KeyMode.UNKNOWN) {
			throw new IllegalStateException("@MonigoEmulatorTest(apiKey) on " + testClass.getName()
					+ " must start with mk_test_ or mk_live_");
		}
		return apiKey;
	}

	/** Whether Spring's extension runs the class (directly, or through an enclosing class). */
	private static boolean isSpringTest(Class<?> testClass) {
		for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
			boolean spring = MergedAnnotations.from(type, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
				.stream(ExtendWith.class)
				.anyMatch((extendWith) -> Arrays.asList(extendWith.getClassArray("value")).contains(SpringExtension.class));
			if (spring) {
				return true;
			}
		}
		return false;
	}

}
