package co.monigo.spring.boot.autoconfigure;

import co.monigo.client.MonigoClient;

/**
 * Customizes the {@link MonigoClient.Builder} before the auto-configured client is built. Beans of
 * this type are applied in {@link org.springframework.core.Ordered order}, after the properties.
 */
@FunctionalInterface
public interface MonigoClientCustomizer {

	void customize(MonigoClient.Builder builder);

}
