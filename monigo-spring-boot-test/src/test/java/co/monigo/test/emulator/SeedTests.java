package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.Aggregation;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.Plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link MonigoEmulator#seed(byte[])}: customers, metrics and plans loaded from JSON, in test mode.
 */
class SeedTests extends EmulatorTestSupport {

	private static final String SEED = """
			{
			  "customers": [{"id": "cus-acme", "external_id": "acme", "name": "Acme Ltd"}, {"external_id": "globex", "name": "Globex"}],
			  "metrics": [{"id": "met-calls", "name": "API calls", "event_name": "api_call", "aggregation": "count"}],
			  "plans": [{"id": "plan-pro", "name": "Pro", "currency": "NGN",
			             "prices": [{"metric_id": "met-calls", "model": "flat_unit", "unit_price": "2.000000"}]}]
			}
			""";

	private static void seed(String json) {
		emulator.seed(json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void seededObjectsAreServedWithTheirOwnIdsOrNewUuids() {
		seed(SEED);

		assertThat(await(this.monigo.customers().get("cus-acme")).name()).isEqualTo("Acme Ltd");
		assertThat(await(this.monigo.customers().get("globex")).id()).matches(UUID_PATTERN);
		assertThat(await(this.monigo.metrics().get("met-calls")).aggregation()).isEqualTo(Aggregation.COUNT);
		Plan pro = await(this.monigo.plans().get("plan-pro"));
		assertThat(pro.prices()).singleElement().satisfies((price) -> {
			assertThat(price.metricId()).isEqualTo("met-calls");
			assertThat(price.unitPrice()).isEqualTo(new BigDecimal("2.000000"));
		});
	}

	@Test
	void seedGivenToTheBuilderIsLoadedAtStartAndAgainAtEveryReset() {
		try (MonigoEmulator seeded = MonigoEmulator.builder().seed(SEED.getBytes(StandardCharsets.UTF_8)).start()) {
			MonigoClient monigo = MonigoClient.builder()
				.apiKey(TEST_KEY)
				.baseUrl(seeded.baseUrl())
				.maxRetries(0)
				.timeout(TIMEOUT)
				.build();
			await(monigo.customers().create(CreateCustomerRequest.of("initech", "Initech")));

			seeded.reset();

			assertThat(all(monigo.customers().list())).extracting(Customer::externalId)
				.containsExactly("acme", "globex");
		}
	}

	@Test
	void seedSetAsideByEmulatorSeedIsForgottenAtReset() {
		seed(SEED);

		RawResponse reset = raw("POST", "/_emulator/reset", null, null);

		assertThat(reset.status()).isEqualTo(204);
		assertThat(all(this.monigo.customers().list())).isEmpty();
	}

	@Test
	void builderRefusesToStartWithASeedTheApiWouldRefuse() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MonigoEmulator.builder().seed("{\"customers\": [{}]}".getBytes(StandardCharsets.UTF_8)).start())
			.withMessageContaining("customers[0]");
	}

	@Test
	void seedIsTestModeData() {
		seed(SEED);

		assertThat(all(client(LIVE_KEY).customers().list())).isEmpty();
	}

	@Test
	void planPricingAnUnknownMetricIsRefusedNamingTheItem() {
		assertThatIllegalArgumentException().isThrownBy(() -> seed("""
				{"plans": [{"name": "Pro", "prices": [{"metric_id": "nope", "model": "flat_unit", "unit_price": "1"}]}]}
				""")).withMessageContaining("plans[0]").withMessageContaining("nope");
	}

	@Test
	void customerWithoutExternalIdIsRefusedNamingTheItem() {
		assertThatIllegalArgumentException().isThrownBy(() -> seed("{\"customers\": [{\"name\": \"Acme\"}]}"))
			.withMessageContaining("customers[0]")
			.withMessageContaining("external_id");
	}

	@Test
	void takenIdIsRefused() {
		seed(SEED);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> seed("{\"metrics\": [{\"id\": \"met-calls\", \"name\": \"x\", \"event_name\": \"x\", \"aggregation\": \"count\"}]}"))
			.withMessageContaining("met-calls");
	}

	@Test
	void seedThatIsNotJsonIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> seed("customers: []")).withMessageContaining("JSON");
	}

}
