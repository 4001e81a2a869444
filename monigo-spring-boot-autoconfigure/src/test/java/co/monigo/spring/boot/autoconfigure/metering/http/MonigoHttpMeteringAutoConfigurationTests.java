package co.monigo.spring.boot.autoconfigure.metering.http;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.monigo.spring.boot.autoconfigure.InvalidMonigoConfigurationException;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.CapturingUsageRecorder;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteredAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteringAutoConfiguration;
import co.monigo.spring.boot.metering.http.HttpMetering;
import co.monigo.spring.boot.metering.http.MeteringServletFilter;
import co.monigo.spring.boot.metering.http.MeteringWebFilter;

import static org.assertj.core.api.Assertions.assertThat;

class MonigoHttpMeteringAutoConfigurationTests {

	static final AutoConfigurations MONIGO = AutoConfigurations.of(AopAutoConfiguration.class,
			MonigoAutoConfiguration.class, MonigoMeteringAutoConfiguration.class, MonigoMeteredAutoConfiguration.class,
			MonigoHttpMeteringAutoConfiguration.class);

	static final String[] A_RULE = { "monigo.metering.http.rules[0].path=/v1/**",
			"monigo.metering.http.rules[0].event=api_call" };

	private final WebApplicationContextRunner servletRunner = new WebApplicationContextRunner().withConfiguration(MONIGO)
		.withUserConfiguration(CapturingConfiguration.class)
		.withPropertyValues("monigo.api-key=mk_test_http_rules", "monigo.base-url=http://127.0.0.1:1");

	private final ReactiveWebApplicationContextRunner reactiveRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(MONIGO)
		.withUserConfiguration(CapturingConfiguration.class)
		.withPropertyValues("monigo.api-key=mk_test_http_rules", "monigo.base-url=http://127.0.0.1:1");

	private final ApplicationContextRunner plainRunner = new ApplicationContextRunner().withConfiguration(MONIGO)
		.withUserConfiguration(CapturingConfiguration.class)
		.withPropertyValues("monigo.api-key=mk_test_http_rules", "monigo.base-url=http://127.0.0.1:1");

	@Test
	void withoutRulesNoMeteringFilterIsRegistered() {
		this.servletRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(HttpMetering.class)
			.doesNotHaveBean(MeteringServletFilter.class));
	}

	@Test
	void aServletApplicationWithARuleGetsTheServletFilterOnly() {
		this.servletRunner.withPropertyValues(A_RULE)
			.run((context) -> assertThat(context).hasSingleBean(MeteringServletFilter.class)
				.doesNotHaveBean(MeteringWebFilter.class));
	}

	@Test
	void aReactiveApplicationWithARuleGetsTheWebFilterOnly() {
		this.reactiveRunner.withPropertyValues(A_RULE)
			.run((context) -> assertThat(context).hasSingleBean(MeteringWebFilter.class)
				.doesNotHaveBean(MeteringServletFilter.class));
	}

	@Test
	void anApplicationThatIsNotAWebApplicationGetsNoFilterButItsRulesAreStillChecked() {
		this.plainRunner.withPropertyValues(A_RULE)
			.run((context) -> assertThat(context).hasSingleBean(HttpMetering.class)
				.doesNotHaveBean(MeteringServletFilter.class)
				.doesNotHaveBean(MeteringWebFilter.class));
	}

	@Test
	void withMeteringDisabledNoFilterIsRegistered() {
		this.servletRunner.withPropertyValues(A_RULE)
			.withPropertyValues("monigo.metering.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MeteringServletFilter.class));
	}

	@Test
	void theFilterOrderIsConfigurable() {
		this.servletRunner.withPropertyValues(A_RULE)
			.withPropertyValues("monigo.metering.http.filter-order=-50")
			.run((context) -> assertThat(context.getBean(MeteringServletFilter.class).getOrder()).isEqualTo(-50));
	}

	@Test
	void aBadPathPatternFailsStartupNamingTheRulesProperty() {
		this.servletRunner.withPropertyValues(A_RULE)
			.withPropertyValues("monigo.metering.http.rules[1].path=/v2/**", "monigo.metering.http.rules[1].event=v2",
					"monigo.metering.http.rules[2].path=/v3/**/tail", "monigo.metering.http.rules[2].event=v3")
			.run((context) -> assertThat(failedProperty(context)).isEqualTo("monigo.metering.http.rules[2].path"));
	}

	@Test
	void anUnknownQuantitySourceFailsStartupNamingTheRulesProperty() {
		this.servletRunner.withPropertyValues(A_RULE)
			.withPropertyValues("monigo.metering.http.rules[0].quantity=tokens")
			.run((context) -> assertThat(failedProperty(context)).isEqualTo("monigo.metering.http.rules[0].quantity"));
	}

	@Test
	void aQuantityExpressionThatDoesNotParseFailsStartupNamingTheRulesProperty() {
		this.servletRunner.withPropertyValues(A_RULE)
			.withPropertyValues("monigo.metering.http.rules[0].quantity=expression:responseBodySize *")
			.run((context) -> assertThat(failedProperty(context)).isEqualTo("monigo.metering.http.rules[0].quantity"));
	}

	@Test
	void anEmptyEventNameFailsStartupNamingTheRulesProperty() {
		this.servletRunner.withPropertyValues(A_RULE)
			.withPropertyValues("monigo.metering.http.rules[1].path=/v2/**", "monigo.metering.http.rules[1].event= ")
			.run((context) -> assertThat(failedProperty(context)).isEqualTo("monigo.metering.http.rules[1].event"));
	}

	@Test
	void aBadOutcomeFailsStartupNamingTheRulesProperty() {
		this.servletRunner.withPropertyValues(A_RULE)
			.withPropertyValues("monigo.metering.http.rules[0].outcomes=2xx,teapot")
			.run((context) -> assertThat(failedProperty(context))
				.isEqualTo("monigo.metering.http.rules[0].outcomes[1]"));
	}

	private static String failedProperty(ApplicationContextAssertProvider<?> context) {
		assertThat(context).hasFailed();
		Throwable cause = context.getStartupFailure();
		while (cause != null && !(cause instanceof InvalidMonigoConfigurationException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("an InvalidMonigoConfigurationException").isNotNull();
		return ((InvalidMonigoConfigurationException) cause).property();
	}

	@Configuration(proxyBeanMethods = false)
	static class CapturingConfiguration {

		@Bean
		CapturingUsageRecorder capturingUsageRecorder() {
			return new CapturingUsageRecorder();
		}

	}

}
