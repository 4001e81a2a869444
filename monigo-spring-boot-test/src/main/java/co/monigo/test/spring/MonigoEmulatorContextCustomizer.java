package co.monigo.test.spring;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import co.monigo.client.core.ApiKey;
import co.monigo.client.core.KeyMode;
import co.monigo.test.emulator.MonigoEmulator;

/**
 * Starts an emulator for one application context: registers it as the bean {@value #BEAN_NAME} (closed
 * with the context) and puts {@code monigo.base-url} and {@code monigo.api-key} first among the
 * context's property sources. Equal for equal keys, so Spring's context cache shares such contexts.
 */
final class MonigoEmulatorContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "monigoEmulator";

	static final String PROPERTY_SOURCE_NAME = "monigoEmulator";

	private final String apiKey;

	MonigoEmulatorContextCustomizer(String apiKey) {
		if (ApiKey.of(apiKey).mode() == KeyMode.UNKNOWN) {
			throw new IllegalStateException("@MonigoEmulatorTest(apiKey) must start with mk_test_ or mk_live_");
		}
		this.apiKey = apiKey;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
		MonigoEmulator emulator = MonigoEmulator.start();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("monigo.base-url", emulator.baseUrl(), "monigo.api-key", this.apiKey)));
		RootBeanDefinition definition = new RootBeanDefinition(MonigoEmulator.class, () -> emulator);
		registry(context).registerBeanDefinition(BEAN_NAME, definition);
	}

	private static BeanDefinitionRegistry registry(ConfigurableApplicationContext context) {
		if (context instanceof BeanDefinitionRegistry registry) {
			return registry;
		}
		if (context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
			return registry;
		}
		throw new IllegalStateException("cannot register the Monigo emulator in " + context.getClass().getName());
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof MonigoEmulatorContextCustomizer customizer && customizer.apiKey.equals(this.apiKey);
	}

	@Override
	public int hashCode() {
		return this.apiKey.hashCode();
	}

}
