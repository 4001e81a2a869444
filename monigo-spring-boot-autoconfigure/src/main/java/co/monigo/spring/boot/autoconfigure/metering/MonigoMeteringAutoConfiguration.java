package co.monigo.spring.boot.autoconfigure.metering;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.monigo.client.MonigoClient;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.DisabledUsageRecorder;
import co.monigo.metering.IngestSender;
import co.monigo.metering.LoggingDeadLetterHandler;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.MonigoProperties;
import co.monigo.spring.boot.metering.UsageRecorderLifecycle;

/**
 * Auto-configuration of the {@link UsageRecorder}, always injectable: the batching pipeline when there
 * is a {@link MonigoClient} and {@code monigo.metering.enabled} is not false, otherwise a
 * {@link DisabledUsageRecorder} that validates and counts events and sends nothing, so metered code
 * runs the same in tests and local development.
 */
@AutoConfiguration(after = MonigoAutoConfiguration.class)
@ConditionalOnClass(UsageRecorder.class)
@EnableConfigurationProperties(MonigoProperties.class)
public final class MonigoMeteringAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(DeadLetterHandler.class)
	LoggingDeadLetterHandler monigoDeadLetterHandler() {
		return new LoggingDeadLetterHandler();
	}

	// Member classes are registered before this class's own bean methods, so the fallback below sees
	// the batching recorder when there is one.
	@Bean
	@ConditionalOnMissingBean(UsageRecorder.class)
	DisabledUsageRecorder monigoUsageRecorder() {
		return new DisabledUsageRecorder();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(MonigoClient.class)
	@ConditionalOnBooleanProperty(name = "monigo.enabled", matchIfMissing = true)
	@ConditionalOnBooleanProperty(name = "monigo.metering.enabled", matchIfMissing = true)
	static class BatchingRecorderConfiguration {

		@Bean
		@ConditionalOnMissingBean(UsageRecorder.class)
		BatchingUsageRecorder monigoUsageRecorder(MonigoClient client, MonigoProperties properties,
				DeadLetterHandler deadLetterHandler) {
			return new BatchingUsageRecorder(IngestSender.of(client),
					MonigoMeteringSettings.of(properties.getMetering()), deadLetterHandler);
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(BatchingUsageRecorder.class)
		UsageRecorderLifecycle monigoUsageRecorderLifecycle(BatchingUsageRecorder recorder) {
			return new UsageRecorderLifecycle(recorder, recorder.settings().shutdownTimeout());
		}

	}

}
