package co.monigo.spring.boot.autoconfigure.metering.http;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import co.monigo.spring.boot.metering.http.RequestProperty;

import static org.assertj.core.api.Assertions.assertThat;

class HttpMeteringPropertiesTests {

	@Test
	void theDefaultsAreNoRulesAbortedRequestsNotRecordedAndTheFilterAfterSpringSecurity() {
		HttpMeteringProperties properties = new HttpMeteringProperties();

		assertThat(properties.getRules()).isEmpty();
		assertThat(properties.isRecordAborted()).isFalse();
		assertThat(properties.getFilterOrder()).isZero();
	}

	@Test
	void aRuleCountsOneUnitPerSuccessfulRequestWithItsRouteMethodAndStatusByDefault() {
		HttpMeteringProperties.Rule rule = new HttpMeteringProperties.Rule();

		assertThat(rule.getMethods()).isEmpty();
		assertThat(rule.getQuantity()).isEqualTo("1");
		assertThat(rule.getQuantityProperty()).isEqualTo("quantity");
		assertThat(rule.getOutcomes()).containsExactly("2xx");
		assertThat(rule.getProperties()).containsExactlyInAnyOrder(RequestProperty.values());
		assertThat(rule.isAlsoWhenMetered()).isFalse();
	}

	@Test
	void rulesBindFromCommaSeparatedValuesAsInApplicationYml() {
		HttpMeteringProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
				"monigo.metering.http.rules[0].path", "/v1/**", "monigo.metering.http.rules[0].event", "api_call",
				"monigo.metering.http.rules[0].methods", "GET, post",
				"monigo.metering.http.rules[0].outcomes", "2xx, 429", "monigo.metering.http.rules[0].properties",
				"route, status")))
			.bind("monigo.metering.http", HttpMeteringProperties.class)
			.get();

		HttpMeteringProperties.Rule rule = properties.getRules().get(0);
		assertThat(rule.getMethods()).containsExactly("GET", "post");
		assertThat(rule.getOutcomes()).containsExactly("2xx", "429");
		assertThat(rule.getProperties()).containsExactlyInAnyOrder(RequestProperty.ROUTE, RequestProperty.STATUS);
		assertThat(HttpMeteringRules.of(properties)).singleElement()
			.satisfies((built) -> assertThat(built.counts(429)).isTrue());
	}

}
