package co.monigo.readme;

// tag::emulator-test[]
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

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
import co.monigo.client.model.Subscription;
import co.monigo.test.MonigoEmulatorTest;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;

@MonigoEmulatorTest
class InvoicingTests {

	@Test
	void chargesTwoNairaPerCall(MonigoEmulator emulator, MonigoClient monigo) {
		Customer acme = monigo.customers().create(CreateCustomerRequest.of("acme", "Acme Corp")).block();
		Metric calls = monigo.metrics().create(CreateMetricRequest.of("API calls", "api_call", Aggregation.COUNT)).block();
		Plan plan = monigo.plans()
			.create(CreatePlanRequest.of("Pay as you go")
				.withPrice(CreatePriceRequest.of(calls.id(), PriceModel.FLAT_UNIT).withUnitPrice(new BigDecimal("2.00"))))
			.block();
		Subscription subscription = monigo.subscriptions().create(CreateSubscriptionRequest.of(acme.id(), plan.id())).block();
		List<IngestEvent> events = IntStream.range(0, 1500).mapToObj((i) -> IngestEvent.of("api_call", acme.id())).toList();
		monigo.events().ingest(events.subList(0, 1000)).block();   // at most 1,000 events per request
		monigo.events().ingest(events.subList(1000, 1500)).block();

		Invoice invoice = monigo.invoices().generate(subscription.id()).block();

		assertThat(invoice.total()).isEqualByComparingTo("3000.00");
		assertThat(emulator.received().events()).hasSize(1500);
	}

}
// end::emulator-test[]
