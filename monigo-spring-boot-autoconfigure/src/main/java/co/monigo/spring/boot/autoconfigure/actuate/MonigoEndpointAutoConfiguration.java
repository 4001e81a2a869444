package co.monigo.spring.boot.autoconfigure.actuate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import co.monigo.client.MonigoClient;
import co.monigo.metering.UsageRecorder;
import co.monigo.spring.boot.actuate.MonigoEndpoint;
import co.monigo.spring.boot.autoconfigure.MonigoProperties;
import co.monigo.spring.boot.autoconfigure.metering.MonigoMeteringAutoConfiguration;

/**
 * Auto-configuration of the {@code monigo} actuator endpoint ({@link MonigoEndpoint}), when it is
 * available: accessible and exposed, for example with
 * {@code management.endpoints.web.exposure.include=health,monigo}.
 */
@AutoConfiguration(after = MonigoMeteringAutoConfiguration.class)
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class, UsageRecorder.class })
@ConditionalOnBean(UsageRecorder.class)
@ConditionalOnAvailableEndpoint(MonigoEndpoint.class)
@EnableConfigurationProperties(MonigoProperties.class)
public final class MonigoEndpointAutoConfiguration {

	/** A flush waits as long as shutdown would for the same events. */
	@Bean
	@ConditionalOnMissingBean
	MonigoEndpoint monigoEndpoint(UsageRecorder recorder, ObjectProvider<MonigoClient> client,
			MonigoProperties properties) {
		return new MonigoEndpoint(recorder, client.getIfUnique(), properties.getMetering().getShutdownTimeout());
	}

}
