package co.monigo.spring.boot.metering.http;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.expression.EvaluationException;
import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HttpMeteringRuleTests {

	private static CompletedExchange exchange(int status, Map<String, String> responseHeaders) {
		return new CompletedExchange("GET", null, status, 10, 2048, false, (name) -> null, responseHeaders::get,
				(name) -> null);
	}

	private static HttpMeteringRule.Builder rule() {
		return HttpMeteringRule.builder("rules[0]").path("/v1/**").event("api_call");
	}

	@Test
	void aRuleMatchesItsPathPatternAndMethodsOnly() {
		HttpMeteringRule rule = rule().methods(List.of("post", "PUT")).build();

		assertThat(rule.matches("POST", PathContainer.parsePath("/v1/orders/1"))).isTrue();
		assertThat(rule.matches("PUT", PathContainer.parsePath("/v1"))).isTrue();
		assertThat(rule.matches("GET", PathContainer.parsePath("/v1/orders/1"))).isFalse();
		assertThat(rule.matches("POST", PathContainer.parsePath("/v2/orders"))).isFalse();
	}

	@Test
	void aRuleCountsSuccessesByDefaultAndTheStatusRangesItIsGiven() {
		assertThat(rule().build().counts(201)).isTrue();
		assertThat(rule().build().counts(404)).isFalse();
		HttpMeteringRule errors = rule().outcome("404").outcome("500-503").build();
		assertThat(errors.counts(404)).isTrue();
		assertThat(errors.counts(502)).isTrue();
		assertThat(errors.counts(200)).isFalse();
	}

	@Test
	void statusRangesThatAreNotOneAreRefusedWithWhatToWrite() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatusRange.parse("teapot"))
			.withMessageContaining("use a class such as 2xx");
		assertThatIllegalArgumentException().isThrownBy(() -> StatusRange.parse("499-400"));
	}

	@Test
	void anUnknownQuantitySourceIsRefusedWithTheSourcesThereAre() {
		assertThatIllegalArgumentException().isThrownBy(() -> QuantitySource.parse("tokens"))
			.withMessageContaining("request-body-size, response-body-size, response-header:<name>");
	}

	@Test
	void eachQuantitySourceReadsItsPartOfTheExchange() {
		CompletedExchange exchange = exchange(200, Map.of("X-Tokens-Used", "17"));

		assertThat(QuantitySource.parse("3").quantityOf(exchange)).isEqualTo(3L);
		assertThat(QuantitySource.parse("0.5").quantityOf(exchange)).hasToString("0.5");
		assertThat(QuantitySource.parse("request-body-size").quantityOf(exchange)).isEqualTo(10L);
		assertThat(QuantitySource.parse("response-body-size").quantityOf(exchange)).isEqualTo(2048L);
		assertThat(QuantitySource.parse("response-header:X-Tokens-Used").quantityOf(exchange)).isEqualTo(17L);
		assertThat(QuantitySource.parse("expression:responseBodySize / 1024").quantityOf(exchange)).isEqualTo(2L);
	}

	@Test
	void aQuantityExpressionCannotReachTypesOrBeans() {
		QuantitySource escape = QuantitySource.parse("expression:T(java.lang.System).currentTimeMillis()");

		assertThatExceptionOfType(EvaluationException.class)
			.isThrownBy(() -> escape.quantityOf(exchange(200, Map.of())));
	}

	@Test
	void anEventCarriesTheRulesPatternAsTheRouteWhenNoHandlerMatchedAndOnlyThePropertiesAsked() {
		assertThat(rule().build().toEvent(exchange(200, Map.of()), "cus_1").properties())
			.containsEntry("route", "/v1/**");
		assertThat(rule().properties(List.of(RequestProperty.STATUS))
			.quantityProperty("calls")
			.build()
			.toEvent(exchange(200, Map.of()), "cus_1")
			.properties()).containsOnlyKeys("calls", "status");
	}

	@Test
	void aRuleWithoutAPathOrAnEventIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> HttpMeteringRule.builder("r").path("v1/**"))
			.withMessageContaining("starts with /");
		assertThatIllegalArgumentException().isThrownBy(() -> HttpMeteringRule.builder("r").event(" "));
	}

}
