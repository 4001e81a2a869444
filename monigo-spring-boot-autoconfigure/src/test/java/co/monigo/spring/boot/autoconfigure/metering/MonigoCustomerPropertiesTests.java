package co.monigo.spring.boot.autoconfigure.metering;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import co.monigo.spring.boot.autoconfigure.MonigoProperties;
import co.monigo.spring.boot.metering.CustomerIdType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defaults of {@code monigo.metering.customer.*}, as the README's table gives them.
 */
class MonigoCustomerPropertiesTests {

	private final MonigoProperties.Metering.Customer customer = new MonigoProperties().getMetering().getCustomer();

	@Test
	void theHeaderIsXCustomerIdAndItsTrustIsLeftToWhetherSpringSecurityIsPresent() {
		assertThat(this.customer.getHeader()).isEqualTo("X-Customer-Id");
		assertThat(this.customer.getHeaderTrusted()).isNull();
		assertThat(this.customer.isFromPrincipal()).isTrue();
		assertThat(this.customer.getIdType()).isEqualTo(CustomerIdType.MONIGO_ID);
	}

	@Test
	void externalIdsAreLookedUpWithBoundsOnWaitingAndRetries() {
		assertThat(this.customer.isCreateMissing()).isFalse();
		assertThat(this.customer.getCacheSize()).isEqualTo(10_000);
		assertThat(this.customer.getCacheTtl()).isEqualTo(Duration.ofHours(1));
		assertThat(this.customer.getMaxWaiting()).isEqualTo(10_000);
		assertThat(this.customer.getMaxWaitingPerCustomer()).isEqualTo(1_000);
		assertThat(this.customer.getRetryInterval()).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.customer.getMaxRetryInterval()).isEqualTo(Duration.ofMinutes(10));
		assertThat(this.customer.getMaxLookups()).isEqualTo(5);
	}

}
