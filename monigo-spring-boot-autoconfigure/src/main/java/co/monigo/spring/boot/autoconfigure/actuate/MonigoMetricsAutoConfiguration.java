package co.monigo.spring.boot.autoconfigure.actuate;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.context.annotation.Bean;

import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.actuate.MeteringFailuresMeterBinder;
import co.monigo.spring.boot.actuate.MonigoMeterBinder;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteredAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteringAutoConfiguration;
import co.monigo.spring.boot.metering.MeteringFailures;

/**
 * Auto-configuration of the pipeline's meters ({@code monigo.events.*}, {@code monigo.ingest.*}) and
 * of {@code @Metered}'s failures ({@code monigo.metered.failures}) in the application's
 * {@link MeterRegistry}.
 */
@AutoConfiguration(after = { MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
		MonigoMeteringAutoConfiguration.class, MonigoMeteredAutoConfiguration.class })
@ConditionalOnClass({ MeterRegistry.class, UsageRecorder.class })
@ConditionalOnBean({ MeterRegistry.class, UsageRecorder.class })
public final class MonigoMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MonigoMeterBinder monigoMeterBinder(UsageRecorder recorder) {
		return new MonigoMeterBinder(recorder);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(MeteringFailures.class)
	MeteringFailuresMeterBinder monigoMeteringFailuresMeterBinder(MeteringFailures failures) {
		return new MeteringFailuresMeterBinder(failures);
	}

}
