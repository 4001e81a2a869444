package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.CustomerWallet;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.LedgerEntryType;
import co.monigo.client.model.WalletCredit;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionTests extends EmulatorTestSupport {

	@Test
	void requestsAreRecordedWithMethodPathHeadersAndBody() {
		await(this.monigo.customers().create(CreateCustomerRequest.of("ada", "Ada"), RequestOptions.idempotencyKey("k-1")));

		ReceivedRequest request = emulator.received().requests().get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/customers");
		assertThat(request.idempotencyKey()).contains("k-1");
		assertThat(request.header("authorization")).isEqualTo("Bearer " + TEST_KEY);
		assertThat(request.header("User-Agent")).startsWith("monigo-java/");
		assertThat(request.bodyAsJson().get("external_id").asString()).isEqualTo("ada");
		assertThat(request.status()).isEqualTo(201);
		assertThat(request.fault()).isEmpty();
		assertThat(request.replayed()).isFalse();
	}

	@Test
	void queryIsRecordedApartFromThePath() {
		await(this.monigo.wallets().list("ada").collectList().onErrorReturn(List.of()));

		ReceivedRequest request = emulator.received().requests().get(0);
		assertThat(request.path()).isEqualTo("/v1/wallets");
		assertThat(request.query()).isEqualTo("customer_id=ada");
	}

	@Test
	void walletOperationsCarryTheirBodyKeyAsTheIdempotencyHeader() {
		Customer ada = customer("ada");
		CustomerWallet wallet = await(this.monigo.wallets().getOrCreate(ada.id(), "NGN"));

		await(this.monigo.wallets()
			.credit(wallet.id(), WalletCredit.of(BigDecimal.TEN, "NGN", "Top-up", LedgerEntryType.DEPOSIT,
					"manual", "r", "topup-9")));

		assertThat(emulator.received().requests("POST", "/v1/wallets/" + wallet.id() + "/credit"))
			.singleElement()
			.satisfies((credit) -> assertThat(credit.idempotencyKey()).contains("topup-9"));
	}

	@Test
	void acceptedAndDuplicateEventsAreKeptApart() {
		Customer ada = customer("ada");
		IngestEvent event = IngestEvent.of("api_call", ada.id()).withIdempotencyKey("k1");

		await(this.monigo.events().ingest(List.of(event)));
		await(this.monigo.events().ingest(List.of(event, IngestEvent.of("api_call", ada.id()).withIdempotencyKey("k2"))));

		assertThat(emulator.received().events()).extracting(IngestEvent::idempotencyKey).containsExactly("k1", "k2");
		assertThat(emulator.received().duplicates()).extracting(IngestEvent::idempotencyKey).containsExactly("k1");
		assertThat(emulator.received().requestCount()).isEqualTo(3);
	}

	@Test
	void resetForgetsDataRecordsAndFaults() {
		customer("ada");
		emulator.faults().always().onPath("/v1/ingest").respondWith(500);

		emulator.reset();

		assertThat(emulator.received().requestCount()).isZero();
		assertThat(all(this.monigo.customers().list())).isEmpty();
		Customer bob = customer("bob");
		assertThat(await(this.monigo.events().ingest(List.of(IngestEvent.of("api_call", bob.id())))).ingested()).hasSize(1);
	}

	@Test
	void concurrentIngestsStoreEveryEventExactlyOnce() {
		Customer ada = customer("ada");

		List<Integer> ingested = Flux.range(0, 200)
			.flatMap((i) -> this.monigo.events()
				.ingest(List.of(IngestEvent.of("api_call", ada.id()).withIdempotencyKey("k" + (i % 100))))
				.map((result) -> result.ingested().size()), 16)
			.collectList()
			.block(TIMEOUT);

		assertThat(ingested.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
		assertThat(emulator.received().events()).hasSize(100);
		assertThat(emulator.received().duplicates()).hasSize(100);
	}

	@Test
	void concurrentRequestsWithOneIdempotencyKeyCreateOnce() {
		List<Customer> created = Flux.range(0, 20)
			.flatMap((i) -> this.monigo.customers()
				.create(CreateCustomerRequest.of("ada", "Ada"), RequestOptions.idempotencyKey("once")), 8)
			.collectList()
			.block(TIMEOUT);

		assertThat(created).extracting(Customer::id).containsOnly(created.get(0).id());
		assertThat(all(this.monigo.customers().list())).hasSize(1);
	}

}
