package co.monigo.spring.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup failure caused by a bad {@code monigo.*} property: which one, and what to set.
 */
class MonigoConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidMonigoConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidMonigoConfigurationException cause) {
		return new FailureAnalysis(cause.getMessage() + ".", cause.action(), cause);
	}

}
