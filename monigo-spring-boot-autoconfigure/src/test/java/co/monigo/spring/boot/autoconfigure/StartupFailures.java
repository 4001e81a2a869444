package co.monigo.spring.boot.autoconfigure;

import java.util.Objects;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user would read about a failed start: the analysis by the failure analyzers registered in
 * spring.factories (those that need a bean factory can't be made here, and are skipped).
 */
public final class StartupFailures {

	private StartupFailures() {
	}

	public static FailureAnalysis analysisOf(ApplicationContextAssertProvider<?> context) {
		assertThat(context).hasFailed();
		Throwable failure = context.getStartupFailure();
		return SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null, (type, name, notOurs) -> {
			})
			.stream()
			.map((analyzer) -> analyzer.analyze(failure))
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no analysis of " + failure));
	}

}
