package co.monigo.test.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * with the context) and puts {@code monigo.base-url}, {@code monigo.api-key} and
 * {@code monigo.metering.journal.directory} first among the context's property sources. The journal gets
 * a new temporary folder per context: the emulator's data dies with the context, so events left
 * undelivered by one test context must not be delivered to the next one's emulator. Equal for equal
 * keys, so Spring's context cache shares such contexts.
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
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of("monigo.base-url", emulator.baseUrl(),
					"monigo.api-key", this.apiKey, "monigo.metering.journal.directory", temporaryJournal())));
		RootBeanDefinition definition = new RootBeanDefinition(MonigoEmulator.class, () -> emulator);
		registry(context).registerBeanDefinition(BEAN_NAME, definition);
	}

	private static String temporaryJournal() {
		try {
			Path folder = Files.createTempDirectory("monigo-journal-test");
			folder.toFile().deleteOnExit();
			return folder.toString();
		}
		catch (IOException failure) {
			throw new UncheckedIOException("no temporary folder for the test context's journal", failure);
		}
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
