package co.monigo.test;

import org.springframework.core.env.Environment;

import co.monigo.test.emulator.MonigoEmulator;

/**
 * Points the emulator's webhooks at the application under test: when the application receives Monigo's
 * webhooks ({@code monigo.webhooks.enabled=true}) and serves HTTP ({@code local.server.port}, as with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}), registers
 * {@code http://127.0.0.1:<port><context path><monigo.webhooks.path>} with the application's secret.
 * Run before each test of a {@code @MonigoEmulatorTest} class, right after the emulator's reset.
 */
public final class WebhookEndpointRegistration {

	private static final String DEFAULT_PATH = "/monigo/webhooks";

	private WebhookEndpointRegistration() {
	}

	/** Registers the application's endpoint, when it has one; otherwise does nothing. */
	public static void registerApplication(MonigoEmulator emulator, Environment environment) {
		String port = environment.getProperty("local.server.port");
		String secret = environment.getProperty("monigo.webhooks.secret",
				environment.getProperty("MONIGO_WEBHOOK_SECRET", ""));
		if (!environment.getProperty("monigo.webhooks.enabled", Boolean.class, false) || port == null
				|| secret.isBlank()) {
			return;
		}
		String contextPath = environment.getProperty("server.servlet.context-path",
				environment.getProperty("spring.webflux.base-path", ""));
		String path = environment.getProperty("monigo.webhooks.path", DEFAULT_PATH);
		emulator.webhooks().register("http://127.0.0.1:" + port + trimSlash(contextPath) + path, secret);
	}

	private static String trimSlash(String contextPath) {
		return contextPath.endsWith("/") ? contextPath.substring(0, contextPath.length() - 1) : contextPath;
	}

}
