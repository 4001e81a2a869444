package co.monigo.sample.emulator;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code monigo.api-key} (or the {@code MONIGO_API_KEY} environment variable) is missing or
 * blank.
 */
class NoMonigoApiKeyCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if (StringUtils.hasText(context.getEnvironment().getProperty("monigo.api-key"))) {
			return ConditionOutcome.noMatch("monigo.api-key is set");
		}
		return ConditionOutcome.match("monigo.api-key is not set");
	}

}
