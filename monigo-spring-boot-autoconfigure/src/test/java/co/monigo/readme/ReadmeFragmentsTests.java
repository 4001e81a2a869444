package co.monigo.readme;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.GraduatedTiers;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.Price;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.Tier;
import co.monigo.metering.DisabledUsageRecorder;
import co.monigo.metering.UsageRecorder;
import co.monigo.pricing.Charge;
import co.monigo.pricing.PricingCalculator;
import co.monigo.test.MonigoEmulatorTest;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's statement snippets, each run where it can be (the client built without Spring talks to
 * the real Monigo, so it is only compiled).
 */
@MonigoEmulatorTest
class ReadmeFragmentsTests {

	@Test
	void recordingAnEventValidatesAndCountsIt() {
		UsageRecorder recorder = new DisabledUsageRecorder();
		String customerId = "cus_42";

		// tag::record[]
		recorder.record(IngestEvent.of("api_call", customerId).withProperty("tokens", 1500));
		// end::record[]

		assertThat(recorder.status().recorded()).isOne();
	}

	@Test
	void theTieredPriceExampleChargesWhatItsCommentSays() {
		// tag::pricing[]
		Price tiered = Price.of(PriceModel.TIERED, null,
			GraduatedTiers.of(Tier.upTo(1_000, "5.00"), Tier.upTo(10_000, "3.00"), Tier.rest("1.00")));
		Charge charge = new PricingCalculator().charge(tiered, new BigDecimal("12000"));
		// charge.amount() == 34000 (5,000 + 27,000 + 2,000), charge.lines() holds the three tiers
		// end::pricing[]

		assertThat(charge.amount()).isEqualByComparingTo("34000");
		assertThat(charge.lines()).hasSize(3);
	}

	@Test
	void theFaultExamplesApplyAndClear(MonigoEmulator emulator, MonigoClient monigo) {
		String blocked = "cus_blocked";

		// tag::faults[]
		emulator.faults().next(2).onPath("/v1/ingest").respondWith(503);        // the next 2 ingests: 503
		emulator.faults().next(1).rateLimit(Duration.ofSeconds(3));              // 429, Retry-After: 3
		emulator.faults().next(1).dropConnection();                               // closed without an answer
		emulator.faults().everyNth(3).delay(Duration.ofMillis(200));              // every 3rd request, late
		emulator.faults().fraction(0.25, 42).on("POST", "/v1/ingest").respondWith(500); // a quarter, seeded
		emulator.faults().rejectEvents((event) -> event.customerId().equals(blocked)); // 400 naming those events
		emulator.faults().clear();
		// end::faults[]

		assertThat(monigo.customers().list().collectList().block()).isEmpty();
		assertThat(emulator.faults().injectedCount()).isZero();
	}

	@Test
	void whatTheEmulatorReceivedIsThereToInspect(MonigoEmulator emulator, MonigoClient monigo) {
		Customer acme = monigo.customers().create(CreateCustomerRequest.of("acme", "Acme Corp")).block();
		monigo.events().ingest(java.util.List.of(IngestEvent.of("api_call", acme.id()))).block();

		// tag::received[]
		emulator.received().events();        // events stored as new (with the key and timestamp given them)
		emulator.received().duplicates();    // events whose idempotency key was already stored
		emulator.received().rejectedEvents(); // events of ingests refused with 400
		emulator.received().requests("POST", "/v1/ingest")   // method, path, query, headers, body, status,
			.forEach((r) -> r.idempotencyKey());             //   the fault injected, whether it was a replay
		emulator.received().requestCount();
		// end::received[]

		assertThat(emulator.received().events()).hasSize(1);
		assertThat(emulator.received().requests("POST", "/v1/ingest")).singleElement()
			.satisfies((request) -> assertThat(request.idempotencyKey()).isNotEmpty());
	}

	/** Compiled, not run: it calls the real Monigo with the key from the environment. */
	static Customer createACustomerWithoutSpring() {
		// tag::client-without-spring[]
		MonigoClient monigo = MonigoClient.builder()
			.apiKey(System.getenv("MONIGO_API_KEY"))
			.timeout(Duration.ofSeconds(10))
			.maxRetries(3)
			.build();

		Customer customer = monigo.customers()
			.create(CreateCustomerRequest.of("user_42", "Ada Lovelace").withEmail("ada@example.com"))
			.block();
		// end::client-without-spring[]
		return customer;
	}

}
