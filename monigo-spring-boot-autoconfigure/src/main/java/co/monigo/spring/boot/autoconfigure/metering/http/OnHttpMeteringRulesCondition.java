package co.monigo.spring.boot.autoconfigure.metering.http;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when at least one {@code monigo.metering.http.rules} entry is configured.
 */
class OnHttpMeteringRulesCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		List<HttpMeteringProperties.Rule> rules = Binder.get(context.getEnvironment())
			.bind(HttpMeteringRules.PREFIX, Bindable.listOf(HttpMeteringProperties.Rule.class))
			.orElse(List.of());
		return rules.isEmpty() ? ConditionOutcome.noMatch("no " + HttpMeteringRules.PREFIX + " configured")
				: ConditionOutcome.match(rules.size() + " " + HttpMeteringRules.PREFIX + " configured");
	}

}
