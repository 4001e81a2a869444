package co.monigo.spring.boot.autoconfigure.metering;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import co.monigo.client.MonigoClient;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DeadLetterHandler;
import co.monigo.metering.DisabledUsageRecorder;
import co.monigo.metering.IngestSender;
import co.monigo.metering.LoggingDeadLetterHandler;
import co.monigo.metering.MeteringSettings;
import co.monigo.metering.journal.JournalException;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.autoconfigure.InvalidMonigoConfigurationException;
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
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class ReactiveConfiguration {

		@Bean
		BlockingOverflowOnEventLoopWarning monigoBlockingOverflowOnEventLoopWarning(
				MonigoProperties properties) {
			return new BlockingOverflowOnEventLoopWarning(properties.getMetering());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(MonigoClient.class)
	@ConditionalOnBooleanProperty(name = "monigo.enabled", matchIfMissing = true)
	@ConditionalOnBooleanProperty(name = "monigo.metering.enabled", matchIfMissing = true)
	static class BatchingRecorderConfiguration {

		/**
		 * Opens the journal here, at startup, so a folder that cannot be used fails the start naming
		 * {@code monigo.metering.journal.directory}, not the first recorded event.
		 */
		@Bean
		@ConditionalOnMissingBean(UsageRecorder.class)
		BatchingUsageRecorder monigoUsageRecorder(MonigoClient client, MonigoProperties properties,
				DeadLetterHandler deadLetterHandler, Environment environment) {
			MeteringSettings settings = MonigoMeteringSettings.of(properties.getMetering(), environment);
			try {
				return new BatchingUsageRecorder(IngestSender.of(client), settings, deadLetterHandler);
			}
			catch (JournalException unusable) {
				throw new InvalidMonigoConfigurationException("monigo.metering.journal.directory",
						"cannot be used: " + unusable.getMessage(),
						"Set monigo.metering.journal.directory to a folder this process can write (in a container, "
								+ "a mounted volume), or set monigo.metering.journal.enabled=false to keep pending "
								+ "events in memory only.");
			}
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(BatchingUsageRecorder.class)
		UsageRecorderLifecycle monigoUsageRecorderLifecycle(BatchingUsageRecorder recorder) {
			return new UsageRecorderLifecycle(recorder, recorder.settings().shutdownTimeout());
		}

	}

}
