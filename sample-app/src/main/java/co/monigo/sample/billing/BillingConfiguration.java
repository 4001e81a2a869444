package co.monigo.sample.billing;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.monigo.client.MonigoClient;

/**
 * Sets up the price list in Monigo while the application starts, before it takes requests.
 */
@Configuration(proxyBeanMethods = false)
class BillingConfiguration {

	private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(1);

	@Bean
	BillingCatalog billingCatalog(MonigoClient monigo) {
		return BillingCatalog.findOrCreate(monigo).block(SETUP_TIMEOUT);
	}

}
