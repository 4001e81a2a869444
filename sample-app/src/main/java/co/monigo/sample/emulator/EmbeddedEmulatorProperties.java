package co.monigo.sample.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no Monigo API key (so with the embedded emulator), turns the starter's webhook endpoint on with a
 * signing secret made up at startup, so the emulator's webhooks reach the application with nothing to
 * configure, and journals usage into a new temporary folder: the embedded emulator's data dies with the
 * process, so events a run left undelivered must not be sent to the next run's emulator, which knows
 * none of their customers. Lowest precedence: an application's own {@code monigo.*} values win. With a
 * key, does nothing: set {@code monigo.webhooks.enabled=true} and {@code MONIGO_WEBHOOK_SECRET} to
 * receive Monigo's own webhooks; the journal then keeps its default folder.
 */
public class EmbeddedEmulatorProperties implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "embeddedEmulatorWebhooks";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("monigo.api-key"))) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of("monigo.webhooks.enabled", "true",
					"monigo.webhooks.secret", randomSecret(), "monigo.metering.journal.directory", temporaryJournal())));
	}

	/** After the application's own configuration is loaded, so its {@code monigo.api-key} is known. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static String temporaryJournal() {
		try {
			Path folder = Files.createTempDirectory("monigo-sample-journal");
			folder.toFile().deleteOnExit();
			return folder.toString();
		}
		catch (IOException failure) {
			throw new UncheckedIOException("no temporary folder for the embedded demo's journal", failure);
		}
	}

	private static String randomSecret() {
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		return "whsec_" + HexFormat.of().formatHex(bytes);
	}

}
