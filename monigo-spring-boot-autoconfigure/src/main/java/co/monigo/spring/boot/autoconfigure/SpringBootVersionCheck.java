package co.monigo.spring.boot.autoconfigure;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Stops an application on a Spring Boot older than the starter needs, before anything else fails
 * with an unrelated error (on Spring Boot 3.5, a bean-override error from Jackson's
 * auto-configuration), naming the version found and the version needed. Registered in
 * {@code spring.factories} as an {@link ApplicationListener}, which Spring Boot 3 loads too, and uses
 * only types Spring Boot 3 has. An unknown version (no manifest) is let through.
 */
public class SpringBootVersionCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** The oldest Spring Boot the starter is built and tested with. */
	static final String REQUIRED = "4.1";

	private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

	private final Supplier<@Nullable String> version;

	public SpringBootVersionCheck() {
		this(SpringBootVersion::getVersion);
	}

	SpringBootVersionCheck(Supplier<@Nullable String> version) {
		this.version = version;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		String found = this.version.get();
		if (found != null && isOlderThanRequired(found)) {
			throw new UnsupportedSpringBootVersionException(found, REQUIRED);
		}
	}

	static boolean isOlderThanRequired(String version) {
		Matcher found = MAJOR_MINOR.matcher(version);
		Matcher required = MAJOR_MINOR.matcher(REQUIRED);
		if (!found.find() || !required.find()) {
			return false;
		}
		int major = Integer.parseInt(found.group(1));
		int requiredMajor = Integer.parseInt(required.group(1));
		if (major != requiredMajor) {
			return major < requiredMajor;
		}
		return Integer.parseInt(found.group(2)) < Integer.parseInt(required.group(2));
	}

}
