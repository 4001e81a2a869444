package co.monigo.test.emulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.Plan;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.SubscriptionFilter;
import co.monigo.client.model.SubscriptionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link MonigoEmulator#builder()}: a fixed port, and the subscription rule as an option.
 */
class EmulatorSettingsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static MonigoClient client(MonigoEmulator emulator) {
		return MonigoClient.builder()
			.apiKey(MonigoEmulator.TEST_API_KEY)
			.baseUrl(emulator.baseUrl())
			.maxRetries(0)
			.timeout(TIMEOUT)
			.build();
	}

	@Test
	void emulatorListensOnTheFixedPortItIsGiven() throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}

		try (MonigoEmulator emulator = MonigoEmulator.builder().port(port).start()) {
			assertThat(emulator.port()).isEqualTo(port);
			assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
			assertThat(client(emulator).customers().list().collectList().block(TIMEOUT)).isEmpty();
		}
	}

	@Test
	void portOutOfRangeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> MonigoEmulator.builder().port(65536))
			.withMessageContaining("65536");
	}

	@Test
	void customerMayHoldSeveralActiveCollectionSubscriptionsWhenTheEmulatorAllowsIt() {
		try (MonigoEmulator emulator = MonigoEmulator.builder().severalActiveSubscriptions(true).start()) {
			MonigoClient monigo = client(emulator);
			Customer ada = monigo.customers().create(CreateCustomerRequest.of("ada", "Ada")).block(TIMEOUT);
			for (String name : new String[] { "API", "SMS", "Storage", "Seats" }) {
				Plan plan = monigo.plans().create(CreatePlanRequest.of(name)).block(TIMEOUT);
				monigo.subscriptions().create(CreateSubscriptionRequest.of(ada.id(), plan.id())).block(TIMEOUT);
			}

			assertThat(monigo.subscriptions().list(SubscriptionFilter.all().withCustomerId(ada.id())).collectList().block(TIMEOUT))
				.hasSize(4)
				.extracting(Subscription::status)
				.containsOnly(SubscriptionStatus.ACTIVE);
		}
	}

}
