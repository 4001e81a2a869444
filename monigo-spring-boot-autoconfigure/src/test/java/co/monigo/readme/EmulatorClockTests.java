package co.monigo.readme;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.Aggregation;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.CreateMetricRequest;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreatePriceRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.Metric;
import co.monigo.client.model.Plan;
import co.monigo.client.model.PriceModel;
import co.monigo.test.MonigoEmulatorTest;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's test clock: moved past the end of November, generating bills November alone. */
@MonigoEmulatorTest
class EmulatorClockTests {

	@Test
	void advancingTheClockClosesNovember(MonigoEmulator emulator, MonigoClient monigo) {
		// What the snippet's comment stands for, done at the snippet's first instant.
		emulator.clock().set(Instant.parse("2026-11-10T12:00:00Z"));
		Customer acme = monigo.customers().create(CreateCustomerRequest.of("acme", "Acme Corp")).block();
		Metric calls = monigo.metrics().create(CreateMetricRequest.of("API calls", "api_call", Aggregation.COUNT)).block();
		Plan plan = monigo.plans()
			.create(CreatePlanRequest.of("Pay as you go")
				.withPrice(CreatePriceRequest.of(calls.id(), PriceModel.FLAT_UNIT).withUnitPrice(new BigDecimal("2.00"))))
			.block();
		String subscriptionId = monigo.subscriptions().create(CreateSubscriptionRequest.of(acme.id(), plan.id())).block().id();
		monigo.events()
			.ingest(List.of(IngestEvent.of("api_call", acme.id()).withTimestamp(Instant.parse("2026-11-10T12:00:00Z")),
					IngestEvent.of("api_call", acme.id()).withTimestamp(Instant.parse("2026-11-20T08:00:00Z")),
					IngestEvent.of("api_call", acme.id()).withTimestamp(Instant.parse("2026-12-02T08:00:00Z"))))
			.block();

		// tag::emulator-clock[]
		emulator.clock().set(Instant.parse("2026-11-10T12:00:00Z"));
		// subscribe, ingest November's events...
		emulator.clock().advance(Duration.ofDays(25));             // now in December
		Invoice november = monigo.invoices().generate(subscriptionId).block(); // November's usage only
		// end::emulator-clock[]

		assertThat(november.periodStart()).isEqualTo("2026-11-01T00:00:00Z");
		assertThat(november.periodEnd()).isEqualTo("2026-12-01T00:00:00Z");
		assertThat(november.total()).isEqualByComparingTo("4.00");
	}

}
