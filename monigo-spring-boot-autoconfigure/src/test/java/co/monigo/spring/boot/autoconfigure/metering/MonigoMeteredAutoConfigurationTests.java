package co.monigo.spring.boot.autoconfigure.metering;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.monigo.metering.DisabledUsageRecorder;
import co.monigo.metering.Metered;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.metering.CustomerResolver;
import co.monigo.spring.boot.metering.ExternalCustomerIdSink;
import co.monigo.spring.boot.metering.FirstFoundCustomerResolver;
import co.monigo.spring.boot.metering.MeteredAdvisor;
import co.monigo.spring.boot.metering.MeteredInterceptor;
import co.monigo.spring.boot.metering.MeteredEventSink;

import static org.assertj.core.api.Assertions.assertThat;

class MonigoMeteredAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AopAutoConfiguration.class, MonigoAutoConfiguration.class,
				MonigoMeteringAutoConfiguration.class, MonigoMeteredAutoConfiguration.class))
		.withPropertyValues("monigo.api-key=mk_test_metered", "monigo.base-url=http://127.0.0.1:1");

	@Test
	void aMeteredBeanRecordsItsCallsThroughTheRecorder() {
		this.contextRunner.withUserConfiguration(CapturingConfiguration.class, ServiceConfiguration.class)
			.run((context) -> {
				context.getBean(Summaries.class).summarize("cus_1", "a long text");

				assertThat(context.getBean(CapturingUsageRecorder.class).events).singleElement()
					.satisfies((event) -> {
						assertThat(event.eventName()).isEqualTo("summary");
						assertThat(event.customerId()).isEqualTo("cus_1");
						assertThat(event.properties()).containsEntry("characters", 11);
					});
			});
	}

	@Test
	void withSpringSecurityTheCustomerIsThePrincipalAndTheHeaderIsNotRead() {
		this.contextRunner.run((context) -> assertThat(context.getBean(CustomerResolver.class))
			.isInstanceOf(FirstFoundCustomerResolver.class)
			.hasToString("the authenticated principal (Spring Security) (the X-Customer-Id header is not read: with "
					+ "Spring Security it is trusted only with monigo.metering.customer.header-trusted=true)"));
	}

	@Test
	void withSpringSecurityAHeaderDeclaredTrustedIsReadAfterThePrincipal() {
		this.contextRunner.withPropertyValues("monigo.metering.customer.header-trusted=true")
			.run((context) -> assertThat(context.getBean(CustomerResolver.class))
				.hasToString("the authenticated principal (Spring Security), then the X-Customer-Id header"));
	}

	@Test
	void withoutSpringSecurityTheHeaderIsTheCustomer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.run((context) -> assertThat(context.getBean(CustomerResolver.class))
				.hasToString("the X-Customer-Id header"));
	}

	@Test
	void withoutSpringSecurityAHeaderDeclaredUntrustedIsNotRead() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.withPropertyValues("monigo.metering.customer.header-trusted=false")
			.run((context) -> assertThat(context.getBean(CustomerResolver.class)).hasToString(
					"no resolver (the X-Customer-Id header is not read: monigo.metering.customer.header-trusted=false)"));
	}

	@Test
	void theHeaderIsConfigurable() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.withPropertyValues("monigo.metering.customer.header=X-Tenant")
			.run((context) -> assertThat(context.getBean(CustomerResolver.class)).hasToString("the X-Tenant header"));
	}

	@Test
	void withoutAspectJMeteredBeansAreStillMetered() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.aspectj"))
			.withUserConfiguration(CapturingConfiguration.class, ServiceConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(Summaries.class).summarize("cus_1", "a long text");

				assertThat(context.getBean(CapturingUsageRecorder.class).events).singleElement()
					.satisfies((event) -> assertThat(event.eventName()).isEqualTo("summary"));
			});
	}

	@Test
	void theAdvisorIsInfrastructureSoBootsInfrastructureProxyCreatorAppliesIt() {
		this.contextRunner.withUserConfiguration(CapturingConfiguration.class)
			.run((context) -> assertThat(context.getBeanFactory()
				.getBeanDefinition("monigoMeteredAdvisor")
				.getRole()).isEqualTo(org.springframework.beans.factory.config.BeanDefinition.ROLE_INFRASTRUCTURE));
	}

	@Test
	void theAdvisorBacksOffWhenTheUserDefinesOne() {
		co.monigo.spring.boot.metering.MeteredMethods methods = new co.monigo.spring.boot.metering.MeteredMethods();
		this.contextRunner.withUserConfiguration(CapturingConfiguration.class)
			.withBean("userAdvisor", MeteredAdvisor.class,
					() -> new MeteredAdvisor(methods, new MeteredInterceptor(methods, (event) -> {
					}, (call) -> null, new co.monigo.spring.boot.metering.MeteringFailures())))
			.run((context) -> assertThat(context).hasSingleBean(MeteredAdvisor.class).hasBean("userAdvisor"));
	}

	@Test
	void theCustomerResolverBacksOffWhenTheUserDefinesOne() {
		this.contextRunner.withBean(CustomerResolver.class, () -> (call) -> "cus_fixed")
			.run((context) -> assertThat(context.getBean(CustomerResolver.class).resolve(null)).isEqualTo("cus_fixed"));
	}

	@Test
	void whenMeteringIsDisabledThereIsNoAdvisor() {
		this.contextRunner.withPropertyValues("monigo.metering.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MeteredAdvisor.class));
	}

	@Test
	void whenMonigoIsDisabledAnnotatedCallsAreCountedByTheDisabledRecorder() {
		this.contextRunner.withPropertyValues("monigo.enabled=false")
			.withUserConfiguration(ServiceConfiguration.class)
			.run((context) -> {
				context.getBean(Summaries.class).summarize("cus_1", "text");

				assertThat(context.getBean(DisabledUsageRecorder.class).counters().recordedCount()).isEqualTo(1);
			});
	}

	@Test
	void externalCustomerIdsAreMappedBeforeRecording() {
		this.contextRunner.withPropertyValues("monigo.metering.customer.id-type=external-id")
			.run((context) -> assertThat(context.getBean(MeteredEventSink.class))
				.isInstanceOf(ExternalCustomerIdSink.class));
	}

	@Test
	void anExpressionThatDoesNotParseFailsStartupNamingTheMethod() {
		this.contextRunner.withUserConfiguration(CapturingConfiguration.class, BrokenConfiguration.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidMeteredExpressionFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains(Broken.class.getName() + "#charge", "quantity",
						"'#amount +'");
				assertThat(analysis.getAction()).contains("#result");
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class CapturingConfiguration {

		@Bean
		CapturingUsageRecorder capturingUsageRecorder() {
			return new CapturingUsageRecorder();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ServiceConfiguration {

		@Bean
		Summaries summaries() {
			return new Summaries();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class BrokenConfiguration {

		@Bean
		Broken broken() {
			return new Broken();
		}

	}

	public static class Summaries {

		@Metered(value = "summary", customer = "#customerId", quantity = "#text.length()",
				quantityProperty = "characters")
		public String summarize(String customerId, String text) {
			return text.substring(0, 1);
		}

	}

	public static class Broken {

		@Metered(value = "charge", customer = "'cus_1'", quantity = "#amount +")
		public void charge(int amount) {
		}

	}

}
