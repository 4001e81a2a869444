package co.monigo.readme.app;

// tag::spring-test[]
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.test.MonigoEmulatorTest;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@MonigoEmulatorTest
class MeteringTests {

	@Autowired
	MonigoEmulator emulator;

	@Autowired
	MonigoClient monigo;

	@Autowired
	Reports reports;

	@Test
	void everyRenderBecomesOneEventForItsCustomer() {
		// Like Monigo, the emulator refuses events of a customer it does not know.
		Customer acme = monigo.customers().create(CreateCustomerRequest.of("acme", "Acme Corp")).block();

		reports.render(new Account(acme.id()), 3);

		await().untilAsserted(() -> assertThat(emulator.received().events()).singleElement().satisfies((event) -> {
			assertThat(event.eventName()).isEqualTo("pdf_render");
			assertThat(event.customerId()).isEqualTo(acme.id());
			assertThat(event.properties()).containsEntry("quantity", 3);
		}));
	}

}
// end::spring-test[]
