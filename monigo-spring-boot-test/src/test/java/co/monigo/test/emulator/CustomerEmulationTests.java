package co.monigo.test.emulator;

import java.util.Map;

import org.junit.jupiter.api.Test;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.UpdateCustomerRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerEmulationTests extends EmulatorTestSupport {

	@Test
	void createdCustomerHasAnIdTheOrganisationAndTheGivenFields() {
		Customer customer = await(this.monigo.customers()
			.create(CreateCustomerRequest.of("user_42", "Ada Lovelace")
				.withEmail("ada@example.com")
				.withPhone("+2348012345678")
				.withMetadata(Map.of("tier", "gold"))));

		assertThat(customer.id()).matches(UUID_PATTERN);
		assertThat(customer.orgId()).matches(UUID_PATTERN);
		assertThat(customer.externalId()).isEqualTo("user_42");
		assertThat(customer.name()).isEqualTo("Ada Lovelace");
		assertThat(customer.email()).isEqualTo("ada@example.com");
		assertThat(customer.phone()).isEqualTo("+2348012345678");
		assertThat(customer.metadata()).containsEntry("tier", "gold");
		assertThat(customer.createdAt()).isNotNull();
	}

	@Test
	void customersAreListedAndReadBack() {
		Customer ada = customer("ada");
		Customer bob = customer("bob");

		assertThat(all(this.monigo.customers().list())).extracting(Customer::id).containsExactly(ada.id(), bob.id());
		assertThat(await(this.monigo.customers().get(bob.id()))).isEqualTo(bob);
	}

	@Test
	void getWithAnExternalIdFallsBackToTheCustomerWithThatExternalId() {
		customer("ada");
		Customer bob = customer("user_42");

		assertThat(await(this.monigo.customers().get("user_42"))).isEqualTo(bob);
	}

	@Test
	void getFindsByMonigoIdBeforeExternalId() {
		Customer ada = customer("ada");
		Customer namedAfterAda = customer(ada.id());

		assertThat(await(this.monigo.customers().get(ada.id()))).isEqualTo(ada);
		assertThat(namedAfterAda.externalId()).isEqualTo(ada.id());
	}

	@Test
	void externalIdOfTheOtherModeIsNotFound() {
		customer("user_42");

		assertThat(failure(client(LIVE_KEY).customers().get("user_42")).isNotFound()).isTrue();
	}

	@Test
	void updateChangesOnlyTheFieldsGiven() {
		Customer ada = await(this.monigo.customers().create(CreateCustomerRequest.of("ada", "Ada").withEmail("a@x.io")));

		Customer updated = await(this.monigo.customers().update(ada.id(), UpdateCustomerRequest.empty().withName("Ada L.")));

		assertThat(updated.name()).isEqualTo("Ada L.");
		assertThat(updated.email()).isEqualTo("a@x.io");
		assertThat(await(this.monigo.customers().get(ada.id())).name()).isEqualTo("Ada L.");
	}

	@Test
	void deletedCustomerIsNotFoundAfterwards() {
		Customer ada = customer("ada");

		await(this.monigo.customers().delete(ada.id()));

		assertThat(failure(this.monigo.customers().get(ada.id())).isNotFound()).isTrue();
	}

	@Test
	void unknownCustomerIdAnswers404WithAnErrorMessage() {
		MonigoApiException notFound = failure(this.monigo.customers().get("cus_nobody"));

		assertThat(notFound.isNotFound()).isTrue();
		assertThat(notFound.serverMessage()).contains("cus_nobody");
	}

	@Test
	void secondCustomerWithTheSameExternalIdIsAConflict() {
		customer("ada");

		assertThat(failure(this.monigo.customers().create(CreateCustomerRequest.of("ada", "Other"))).isConflict())
			.isTrue();
	}

	@Test
	void customerWithoutRequiredFieldsIsRefusedWithFieldDetails() {
		RawResponse response = raw("POST", "/v1/customers", TEST_KEY, "{\"name\": \"No external id\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("error").asString()).contains("external_id");
		assertThat(response.json().get("details").get("external_id").asString()).contains("required");
	}

	@Test
	void bodyThatIsNotJsonIsRefusedWith400() {
		RawResponse response = raw("POST", "/v1/customers", TEST_KEY, "{not json");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("details").has("body")).isTrue();
	}

}
