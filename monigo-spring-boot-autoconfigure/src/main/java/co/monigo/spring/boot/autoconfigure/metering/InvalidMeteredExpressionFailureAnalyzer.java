package co.monigo.spring.boot.autoconfigure.metering;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import co.monigo.spring.boot.metering.InvalidMeteredExpressionException;

/**
 * Explains a {@code @Metered} expression that does not parse: where it is, and what expressions see.
 */
class InvalidMeteredExpressionFailureAnalyzer extends AbstractFailureAnalyzer<InvalidMeteredExpressionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidMeteredExpressionException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the expression. It is SpEL, evaluated read-only over the call: the arguments by name (#prompt)"
						+ " or index (#p0), #result, #count (elements of a Flux), #exception and #customer.",
				cause);
	}

}
