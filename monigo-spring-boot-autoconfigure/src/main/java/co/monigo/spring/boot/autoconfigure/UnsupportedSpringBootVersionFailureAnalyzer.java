package co.monigo.spring.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start on a Spring Boot too old for the starter: the version found, the version needed.
 */
class UnsupportedSpringBootVersionFailureAnalyzer extends AbstractFailureAnalyzer<UnsupportedSpringBootVersionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsupportedSpringBootVersionException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Upgrade the application to Spring Boot " + cause.required() + " or later (the spring-boot-starter-parent "
						+ "or spring-boot-dependencies version), or use a Monigo starter built for Spring Boot "
						+ cause.found() + ".",
				cause);
	}

}
