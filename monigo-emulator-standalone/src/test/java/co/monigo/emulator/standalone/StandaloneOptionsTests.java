package co.monigo.emulator.standalone;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.Plan;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StandaloneOptionsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Test
	void withoutArgumentsItListensOnLoopbackOnPort12111WithTheGuidesSubscriptionRule() {
		StandaloneOptions options = StandaloneOptions.parse(List.of(), Map.of());

		assertThat(options).isEqualTo(new StandaloneOptions("127.0.0.1", 12111, false, null, false));
	}

	@Test
	void portIsTakenFromTheArgumentInEitherForm() {
		assertThat(StandaloneOptions.parse(List.of("--port", "4010"), Map.of()).port()).isEqualTo(4010);
		assertThat(StandaloneOptions.parse(List.of("--port=4011"), Map.of()).port()).isEqualTo(4011);
	}

	@Test
	void environmentSetsWhatTheArgumentsDoNot() {
		Map<String, String> environment = Map.of("MONIGO_EMULATOR_PORT", "4020", "MONIGO_EMULATOR_HOST", "0.0.0.0",
				"MONIGO_EMULATOR_SEVERAL_ACTIVE_SUBSCRIPTIONS", "true", "MONIGO_EMULATOR_SEED", "seed.json");

		assertThat(StandaloneOptions.parse(List.of(), environment))
			.isEqualTo(new StandaloneOptions("0.0.0.0", 4020, true, Path.of("seed.json"), false));
		assertThat(StandaloneOptions.parse(List.of("--port", "4021"), environment).port()).isEqualTo(4021);
	}

	@Test
	void seedIsAFile() {
		assertThat(StandaloneOptions.parse(List.of("--seed", "data/seed.json"), Map.of()).seed())
			.isEqualTo(Path.of("data/seed.json"));
	}

	@Test
	void severalActiveSubscriptionsIsAFlag() {
		assertThat(StandaloneOptions.parse(List.of("--several-active-subscriptions"), Map.of())
			.severalActiveSubscriptions()).isTrue();
	}

	@Test
	void severalActiveSubscriptionsFlagReachesTheEmulator() {
		StandaloneOptions options = StandaloneOptions.parse(List.of("--port", "0", "--several-active-subscriptions"),
				Map.of());

		try (MonigoEmulator emulator = options.applyTo(MonigoEmulator.builder()).start()) {
			MonigoClient monigo = MonigoClient.builder()
				.apiKey(MonigoEmulator.TEST_API_KEY)
				.baseUrl(emulator.baseUrl())
				.maxRetries(0)
				.build();
			Customer ada = monigo.customers().create(CreateCustomerRequest.of("ada", "Ada")).block(TIMEOUT);
			for (String name : List.of("API", "SMS")) {
				Plan plan = monigo.plans().create(CreatePlanRequest.of(name)).block(TIMEOUT);
				monigo.subscriptions().create(CreateSubscriptionRequest.of(ada.id(), plan.id())).block(TIMEOUT);
			}

			assertThat(monigo.subscriptions().list().collectList().block(TIMEOUT)).hasSize(2);
		}
	}

	@Test
	void badPortIsRefusedNamingWhereItCameFrom() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StandaloneOptions.parse(List.of(), Map.of("MONIGO_EMULATOR_PORT", "http")))
			.withMessageContaining("MONIGO_EMULATOR_PORT");
		assertThatIllegalArgumentException().isThrownBy(() -> StandaloneOptions.parse(List.of("--port", "70000"), Map.of()))
			.withMessageContaining("--port");
	}

	@Test
	void missingValueAndUnknownArgumentAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> StandaloneOptions.parse(List.of("--port"), Map.of()))
			.withMessageContaining("needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> StandaloneOptions.parse(List.of("--prot", "1"), Map.of()))
			.withMessageContaining("--prot");
	}

}
