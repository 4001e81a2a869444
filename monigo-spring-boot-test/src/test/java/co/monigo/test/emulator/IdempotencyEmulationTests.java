package co.monigo.test.emulator;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.UpdateCustomerRequest;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyEmulationTests extends EmulatorTestSupport {

	@Test
	void replayedKeyAnswersTheOriginalResponseWithoutCreatingTwice() {
		RequestOptions once = RequestOptions.idempotencyKey("signup-42");

		Customer first = await(this.monigo.customers().create(CreateCustomerRequest.of("ada", "Ada"), once));
		Customer second = await(this.monigo.customers().create(CreateCustomerRequest.of("ada", "Ada"), once));

		assertThat(second).isEqualTo(first);
		assertThat(all(this.monigo.customers().list())).hasSize(1);
		assertThat(emulator.received().requests("POST", "/v1/customers")).extracting(ReceivedRequest::replayed)
			.containsExactly(false, true);
	}

	@Test
	void replayedKeyAnswersTheOriginalErrorToo() {
		customer("ada");
		RequestOptions once = RequestOptions.idempotencyKey("dup");

		assertThat(failure(this.monigo.customers().create(CreateCustomerRequest.of("ada", "Ada"), once)).isConflict())
			.isTrue();
		await(this.monigo.customers().delete(all(this.monigo.customers().list()).get(0).id()));
		assertThat(failure(this.monigo.customers().create(CreateCustomerRequest.of("ada", "Ada"), once)).isConflict())
			.isTrue();
	}

	@Test
	void sameKeyOnAnotherPathIsAnotherOperation() {
		Customer ada = customer("ada");
		RequestOptions key = RequestOptions.idempotencyKey("shared");

		await(this.monigo.customers().update(ada.id(), UpdateCustomerRequest.empty().withName("A"), key));
		Customer bob = await(this.monigo.customers().create(CreateCustomerRequest.of("bob", "Bob"), key));

		assertThat(bob.externalId()).isEqualTo("bob");
	}

	@Test
	void replayedIngestIsNotCountedAsDuplicates() {
		Customer ada = customer("ada");
		RequestOptions once = RequestOptions.idempotencyKey("batch-1");
		List<IngestEvent> events = List.of(IngestEvent.of("api_call", ada.id()).withIdempotencyKey("k1"));

		await(this.monigo.events().ingest(events, once));
		assertThat(await(this.monigo.events().ingest(events, once)).ingested()).containsExactly("k1");

		assertThat(emulator.received().events()).hasSize(1);
		assertThat(emulator.received().duplicates()).isEmpty();
	}

}
