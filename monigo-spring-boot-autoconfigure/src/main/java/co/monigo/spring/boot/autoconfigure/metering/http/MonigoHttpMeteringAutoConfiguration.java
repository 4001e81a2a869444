package co.monigo.spring.boot.autoconfigure.metering.http;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteredAutoConfiguration;
import co.monigo.spring.boot.metering.CustomerResolver;
import co.monigo.spring.boot.metering.MeteredEventSink;
import co.monigo.spring.boot.metering.MeteringFailures;
import co.monigo.spring.boot.metering.http.HttpMetering;
import co.monigo.spring.boot.metering.http.MeteringServletFilter;
import co.monigo.spring.boot.metering.http.MeteringWebFilter;

/**
 * Auto-configuration of HTTP metering by route rules: when {@code monigo.metering.http.rules} holds at
 * least one rule, a servlet filter (Spring MVC) or a web filter (WebFlux) that records their events
 * through the same customer resolver, event sink (and so external-id mapping) and failure counts as
 * {@code @Metered}. The rules are checked when the context starts, whatever the application type.
 */
@AutoConfiguration(after = MonigoMeteredAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "monigo.metering.enabled", matchIfMissing = true)
@Conditional(OnHttpMeteringRulesCondition.class)
@ConditionalOnBean({ MeteredEventSink.class, CustomerResolver.class, MeteringFailures.class })
@EnableConfigurationProperties(HttpMeteringProperties.class)
public final class MonigoHttpMeteringAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	HttpMetering monigoHttpMetering(HttpMeteringProperties properties, MeteredEventSink sink,
			MeteringFailures failures) {
		return new HttpMetering(HttpMeteringRules.of(properties), sink, failures, properties.isRecordAborted());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(name = { "jakarta.servlet.Filter", "org.springframework.web.servlet.HandlerMapping" })
	static class ServletConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MeteringServletFilter monigoMeteringServletFilter(HttpMetering metering, CustomerResolver customerResolver,
				HttpMeteringProperties properties) {
			return new MeteringServletFilter(metering, customerResolver, properties.getFilterOrder());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class ReactiveConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MeteringWebFilter monigoMeteringWebFilter(HttpMetering metering, CustomerResolver customerResolver,
				HttpMeteringProperties properties) {
			return new MeteringWebFilter(metering, customerResolver, properties.getFilterOrder());
		}

	}

}
