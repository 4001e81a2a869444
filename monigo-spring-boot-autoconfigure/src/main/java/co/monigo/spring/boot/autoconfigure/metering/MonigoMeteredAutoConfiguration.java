package co.monigo.spring.boot.autoconfigure.metering;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;

import co.monigo.client.MonigoClient;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.Metered;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.autoconfigure.MonigoProperties;
import co.monigo.spring.boot.metering.CustomerIdType;
import co.monigo.spring.boot.metering.CustomerResolver;
import co.monigo.spring.boot.metering.DropRecorder;
import co.monigo.spring.boot.metering.ExternalCustomerIdSettings;
import co.monigo.spring.boot.metering.ExternalCustomerIdSink;
import co.monigo.spring.boot.metering.FirstFoundCustomerResolver;
import co.monigo.spring.boot.metering.HeaderCustomerResolver;
import co.monigo.spring.boot.metering.MeteredAdvisor;
import co.monigo.spring.boot.metering.MeteredEventSink;
import co.monigo.spring.boot.metering.MeteredInterceptor;
import co.monigo.spring.boot.metering.MeteredMethods;
import co.monigo.spring.boot.metering.MeteredMethodsValidator;
import co.monigo.spring.boot.metering.MeteringFailures;
import co.monigo.spring.boot.metering.PrincipalCustomerResolver;

/**
 * Auto-configuration of {@link Metered @Metered}: the advisor, its expressions checked at startup,
 * customer resolution (with Spring Security the principal, and a request header only when declared
 * trusted; without it the header) and, for external customer ids, their mapping to Monigo's. The
 * advisor is infrastructure, applied by whichever auto-proxy creator the application has (Boot's AOP
 * auto-configuration registers one, with or without AspectJ); events go to the {@link UsageRecorder},
 * so with Monigo disabled they are validated and counted.
 */
@AutoConfiguration(after = MonigoMeteringAutoConfiguration.class)
@ConditionalOnClass(Metered.class)
@ConditionalOnBooleanProperty(name = "monigo.metering.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MonigoProperties.class)
public final class MonigoMeteredAutoConfiguration {

	/** Spring Security's core: when present, the principal names the customer. */
	private static final String SECURITY_CONTEXT_HOLDER =
			"org.springframework.security.core.context.SecurityContextHolder";

	/**
	 * Infrastructure, as the advisor and the validator using it are: created with the bean
	 * post-processors, and itself needing none of them.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	@ConditionalOnMissingBean
	static MeteredMethods monigoMeteredMethods() {
		return new MeteredMethods();
	}

	@Bean
	static MeteredMethodsValidator monigoMeteredMethodsValidator(ObjectProvider<MeteredMethods> methods) {
		return new MeteredMethodsValidator(methods);
	}

	/** Infrastructure, as the advisor using it is. */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	@ConditionalOnMissingBean
	static MeteringFailures monigoMeteringFailures() {
		return new MeteringFailures();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(UsageRecorder.class)
	MeteredEventSink monigoMeteredEventSink(UsageRecorder recorder, MonigoProperties properties,
			ObjectProvider<MonigoClient> client, ObjectProvider<BatchingUsageRecorder> pipeline,
			DeadLetterHandler deadLetters) {
		MonigoProperties.Metering.Customer customer = properties.getMetering().getCustomer();
		MonigoClient monigo = client.getIfAvailable();
		if (customer.getIdType() != CustomerIdType.EXTERNAL_ID || monigo == null) {
			return recorder::record;
		}
		BatchingUsageRecorder batching = pipeline.getIfUnique();
		DropRecorder drops = (batching != null) ? batching::recordDropped : DropRecorder.deadLettering(deadLetters);
		ExternalCustomerIdSink sink = new ExternalCustomerIdSink(recorder, drops, monigo, settings(customer));
		if (batching != null) {
			batching.addHoldingStage(sink);
		}
		return sink;
	}

	private static ExternalCustomerIdSettings settings(MonigoProperties.Metering.Customer customer) {
		return new ExternalCustomerIdSettings(customer.isCreateMissing(), customer.getCacheSize(),
				customer.getCacheTtl(), customer.getMaxWaiting(), customer.getMaxWaitingPerCustomer(),
				customer.getRetryInterval(), customer.getMaxRetryInterval(), customer.getMaxLookups());
	}

	/**
	 * Static, and taking the sink and the resolver lazily: advisors are created with the bean
	 * post-processors, and the pipeline behind the sink must not be created that early.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	@ConditionalOnMissingBean
	@ConditionalOnBean(MeteredEventSink.class)
	static MeteredAdvisor monigoMeteredAdvisor(MeteredMethods methods, ObjectProvider<MeteredEventSink> sink,
			ObjectProvider<CustomerResolver> resolver, MeteringFailures failures) {
		return new MeteredAdvisor(methods, MeteredInterceptor.lazy(methods, sink::getObject, resolver::getObject,
				failures));
	}

	/**
	 * With Spring Security, whom we bill is the authenticated principal; the header is read only when
	 * the application declares it trusted ({@code monigo.metering.customer.header-trusted=true}), and
	 * then only for a request without a principal.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = SECURITY_CONTEXT_HOLDER)
	static class SecuredCustomerResolverConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CustomerResolver monigoCustomerResolver(MonigoProperties properties) {
			MonigoProperties.Metering.Customer customer = properties.getMetering().getCustomer();
			List<CustomerResolver> resolvers = new ArrayList<>();
			if (customer.isFromPrincipal()) {
				resolvers.add(new PrincipalCustomerResolver());
			}
			if (Boolean.TRUE.equals(customer.getHeaderTrusted())) {
				resolvers.add(new HeaderCustomerResolver(customer.getHeader()));
				return new FirstFoundCustomerResolver(resolvers);
			}
			return new FirstFoundCustomerResolver(resolvers, "the " + customer.getHeader()
					+ " header is not read: with Spring Security it is trusted only with "
					+ "monigo.metering.customer.header-trusted=true");
		}

	}

	/** Without Spring Security, the header names the customer unless declared untrusted. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass(SECURITY_CONTEXT_HOLDER)
	static class HeaderCustomerResolverConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CustomerResolver monigoCustomerResolver(MonigoProperties properties) {
			MonigoProperties.Metering.Customer customer = properties.getMetering().getCustomer();
			if (Boolean.FALSE.equals(customer.getHeaderTrusted())) {
				return new FirstFoundCustomerResolver(List.of(), "the " + customer.getHeader()
						+ " header is not read: monigo.metering.customer.header-trusted=false");
			}
			return new FirstFoundCustomerResolver(List.of(new HeaderCustomerResolver(customer.getHeader())));
		}

	}

	/** Puts the WebFlux request in the subscriber's context, where the header resolver reads it. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class ReactiveRequestContextConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ServerWebExchangeContextFilter monigoServerWebExchangeContextFilter() {
			return new ServerWebExchangeContextFilter();
		}

	}

}
