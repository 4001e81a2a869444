package co.monigo.sample;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.IngestEvent;
import co.monigo.sample.billing.Account;
import co.monigo.sample.billing.BillingCatalogSetup;
import co.monigo.sample.billing.SignUpRequest;
import co.monigo.sample.completion.Completion;
import co.monigo.sample.completion.CompletionRequest;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The application starting during a Monigo outage (say, after a crash): Monigo answers every request
 * with 503 from before the start. The application starts, serves and meters meanwhile; billing
 * operations answer 503; once Monigo is back the price list is set up and the usage recorded during the
 * outage is billed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sample.demo.enabled=false", "sample.billing.setup.first-backoff=50ms",
				"sample.billing.setup.max-backoff=200ms", "monigo.retry.max-retries=0",
				"monigo.metering.customer.retry-interval=200ms", "monigo.metering.linger=50ms",
				"monigo.metering.retry.initial-backoff=50ms", "monigo.metering.retry.max-backoff=200ms" })
class SampleStartsWhileMonigoIsUnreachableTests {

	private static final Duration BACK = Duration.ofSeconds(30);

	private static final MonigoEmulator monigo = MonigoEmulator.start();

	/** A customer the application's callers knew before the outage. */
	private static final String EARLY_MONIGO_ID;

	static {
		MonigoClient client = MonigoClient.builder()
			.apiKey(MonigoEmulator.TEST_API_KEY)
			.baseUrl(monigo.baseUrl())
			.build();
		EARLY_MONIGO_ID = client.customers().create(CreateCustomerRequest.of("early", "Early Bird")).block().id();
		monigo.faults().always().respondWith(503);
	}

	@DynamicPropertySource
	static void pointAtTheFailingMonigo(DynamicPropertyRegistry properties) {
		properties.add("monigo.api-key", () -> MonigoEmulator.TEST_API_KEY);
		properties.add("monigo.base-url", monigo::baseUrl);
	}

	@AfterAll
	static void stopMonigo() {
		monigo.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	BillingCatalogSetup catalog;

	@Test
	void startsServesAndMetersDuringTheOutageAndBillsOnceMonigoIsBack() {
		RestClient api = RestClient.create("http://localhost:" + this.port);

		JsonNode health = api.get().uri("/actuator/health").retrieve().body(JsonNode.class);
		assertThat(health.at("/status").asString()).isEqualTo("UP");
		assertThat(complete(api, "early", "served during the outage").tokens()).isEqualTo(4);
		assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(() -> signUp(api, "late"))
			.satisfies((refused) -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
		assertThat(this.catalog.current()).isEmpty();
		assertThat(monigo.received().events()).isEmpty();

		monigo.faults().clear();

		await().atMost(BACK).untilAsserted(() -> assertThat(eventsOf(EARLY_MONIGO_ID))
			.extracting(IngestEvent::eventName)
			.containsExactlyInAnyOrder("api_call", "tokens_used"));
		await().atMost(BACK).until(() -> this.catalog.current().isPresent());
		Account late = signUp(api, "late");
		complete(api, "late", "after the outage");
		await().atMost(BACK).untilAsserted(() -> assertThat(eventsOf(late.monigoCustomerId())).hasSize(2));
	}

	private static Completion complete(RestClient api, String customer, String prompt) {
		return api.post()
			.uri("/v1/completions")
			.header("X-Customer-Id", customer)
			.body(new CompletionRequest(prompt))
			.retrieve()
			.body(Completion.class);
	}

	private static Account signUp(RestClient api, String customer) {
		return api.post()
			.uri("/billing/customers")
			.body(new SignUpRequest(customer, customer, customer + "@example.com", "starter"))
			.retrieve()
			.body(Account.class);
	}

	private static List<IngestEvent> eventsOf(String monigoCustomerId) {
		return monigo.received()
			.events()
			.stream()
			.filter((event) -> event.customerId().equals(monigoCustomerId))
			.toList();
	}

}
