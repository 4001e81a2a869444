package co.monigo.spring.boot.autoconfigure.actuate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import co.monigo.client.MonigoClient;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.actuate.MonigoHealthIndicator;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteringAutoConfiguration;

/**
 * Auto-configuration of the {@code monigo} health indicator ({@link MonigoHealthIndicator}); off with
 * {@code management.health.monigo.enabled=false}. UP whatever Monigo's state unless
 * {@code management.health.monigo.down-when-paused=true}.
 */
@AutoConfiguration(after = MonigoMeteringAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class, UsageRecorder.class })
@ConditionalOnBean(UsageRecorder.class)
@ConditionalOnEnabledHealthIndicator("monigo")
@EnableConfigurationProperties(MonigoHealthIndicatorProperties.class)
public final class MonigoHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "monigoHealthIndicator", "monigoHealthContributor" })
	MonigoHealthIndicator monigoHealthIndicator(UsageRecorder recorder, ObjectProvider<MonigoClient> client,
			MonigoHealthIndicatorProperties properties) {
		MonigoClient monigo = client.getIfUnique();
		return new MonigoHealthIndicator(recorder, (monigo != null) ? monigo.keyMode() : null,
				properties.isDownWhenPaused());
	}

}
