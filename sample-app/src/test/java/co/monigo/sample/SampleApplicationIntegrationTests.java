package co.monigo.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.InvoiceStatus;
import co.monigo.client.model.UsageQuery;
import co.monigo.client.model.UsageRollup;
import co.monigo.metering.UsageRecorder;
import co.monigo.sample.billing.Account;
import co.monigo.sample.billing.BillingCatalogSetup;
import co.monigo.sample.billing.InvoiceSummary;
import co.monigo.sample.billing.SignUpRequest;
import co.monigo.sample.billing.UsageReport;
import co.monigo.sample.billing.UsageReport.MetricUsage;
import co.monigo.sample.completion.Completion;
import co.monigo.sample.completion.CompletionRequest;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The application on a random port with its embedded emulator (no API key), called over HTTP as its
 * clients would. The demo is off, so the only traffic is the tests'. The tests share one emulator and
 * never reset it (that would forget the price list set up at startup): each uses its own customers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "monigo.api-key=", "sample.demo.enabled=false" })
class SampleApplicationIntegrationTests {

	private static final Duration DELIVERY = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	MonigoEmulator emulator;

	@Autowired
	MonigoClient monigo;

	@Autowired
	BillingCatalogSetup catalog;

	@Autowired
	UsageRecorder recorder;

	RestClient api;

	@BeforeEach
	void api() {
		this.api = RestClient.create("http://localhost:" + this.port);
		this.catalog.whenReady().block(DELIVERY);
	}

	@Test
	void meteredCallsBecomeEventsUsageAndInvoicesPricedByEachPlan() {
		Account ada = signUp("ada", "starter");
		Account bob = signUp("bob", "growth");
		Account cy = signUp("cy", "scale");
		complete("ada", words(3));
		complete("ada", words(2));
		complete("bob", words(30));
		complete("bob", words(25));
		complete("bob", words(15));
		for (int i = 0; i < 7; i++) {
			complete("cy", words(10));
		}

		await().atMost(DELIVERY).untilAsserted(() -> assertThat(eventsOf(ada, bob, cy)).hasSize(2 * 12));
		assertThat(eventsOf(ada)).extracting(IngestEvent::eventName)
			.containsExactlyInAnyOrder("api_call", "api_call", "tokens_used", "tokens_used");
		assertThat(tokensOf(ada)).containsExactlyInAnyOrder(3, 2);
		assertThat(tokensOf(bob)).containsExactlyInAnyOrder(30, 25, 15);
		assertThat(tokensOf(cy)).hasSize(7).containsOnly(10);
		assertThat(eventsOf(cy)).filteredOn((event) -> event.eventName().equals("api_call")).hasSize(7);

		assertThat(usageInMonigo(ada)).isEqualTo(Map.of("API requests", 2L, "Tokens", 5L));
		assertThat(usageInMonigo(bob)).isEqualTo(Map.of("API requests", 3L, "Tokens", 70L));
		assertThat(usageInMonigo(cy)).isEqualTo(Map.of("API requests", 7L, "Tokens", 70L));
		assertThat(usage("bob").metrics())
			.extracting(MetricUsage::metric, MetricUsage::aggregation, MetricUsage::value, MetricUsage::events)
			.containsExactly(tuple("API requests", "count", new BigDecimal("3"), 3L),
					tuple("Tokens", "sum", new BigDecimal("70"), 3L));

		// Starter, flat: 2 requests x 2.00 + 5 tokens x 0.05
		assertInvoice("ada", "4.25", "4.00", "0.25");
		// Growth: 3 requests x 1.00; tokens tiered, a line per tier: 20 x 0.40 + 40 x 0.20 + 10 x 0.10
		assertInvoice("bob", "20.00", "3.00", "8.00", "8.00", "1.00");
		// Scale, overage, an included and an overage line: 50.00 for 5 requests + 2 x 3.00; 20.00 for 40
		// tokens + 30 x 0.15
		assertInvoice("cy", "80.50", "50.00", "6.00", "20.00", "4.50");
	}

	@Test
	void aCompletionIsBilledByTheRouteRuleInApplicationYmlWithItsRouteNotAnAnnotation() {
		Account dee = signUp("dee", "starter");
		complete("dee", words(4));

		await().atMost(DELIVERY).untilAsserted(() -> assertThat(eventsOf(dee)).hasSize(2));
		assertThat(eventsOf(dee)).filteredOn((event) -> event.eventName().equals("api_call"))
			.singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("route", "/v1/completions")
				.containsEntry("method", "POST")
				.containsEntry("status", 200));
	}

	@Test
	void healthIsUpAndShowsMonigo() {
		JsonNode health = this.api.get().uri("/actuator/health").retrieve().body(JsonNode.class);

		assertThat(health.at("/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/monigo/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/monigo/details/state").asString()).isEqualTo("RUNNING");
		assertThat(health.at("/components/monigo/details/keyMode").asString()).isEqualTo("test");
	}

	@Test
	void monigoEndpointShowsEveryRecordedEventDelivered() {
		signUp("dee", "starter");
		complete("dee", words(4));
		await().atMost(DELIVERY).until(() -> this.recorder.status().pending() == 0
				&& this.recorder.status().delivered() == this.emulator.received().events().size()
				&& !this.emulator.received().events().isEmpty());

		JsonNode pipeline = this.api.get().uri("/actuator/monigo").retrieve().body(JsonNode.class);

		assertThat(pipeline.at("/state").asString()).isEqualTo("RUNNING");
		assertThat(pipeline.at("/baseUrl").asString()).isEqualTo(this.emulator.baseUrl());
		assertThat(pipeline.at("/delivered").asLong()).isEqualTo(this.emulator.received().events().size())
			.isEqualTo(pipeline.at("/recorded").asLong());
		assertThat(pipeline.at("/pending").asLong()).isZero();
		assertThat(pipeline.at("/rejected").asLong()).isZero();
		assertThat(pipeline.at("/dropped").asLong()).isZero();
	}

	@Test
	void theMonigoEndpointIsReadOnlySoNoCallerCanFlushItOverHttp() {
		HttpStatusCode flush = this.api.post()
			.uri("/actuator/monigo")
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toBodilessEntity()
			.getStatusCode();

		assertThat(flush.is2xxSuccessful()).isFalse();
		assertThat(this.api.get().uri("/actuator/monigo").retrieve().toBodilessEntity().getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void metricsShowTheMonigoMeters() {
		JsonNode delivered = this.api.get()
			.uri("/actuator/metrics/monigo.events.delivered")
			.retrieve()
			.body(JsonNode.class);

		assertThat(delivered.at("/measurements/0/value").asDouble()).isEqualTo(this.recorder.status().delivered());
	}

	@Test
	void aCallWithoutCustomerIsRefusedAndNotMetered() {
		long recorded = this.recorder.status().recorded();

		assertThatExceptionOfType(HttpClientErrorException.class)
			.isThrownBy(() -> this.api.post()
				.uri("/v1/completions")
				.body(new CompletionRequest("hello"))
				.retrieve()
				.toBodilessEntity())
			.satisfies((refused) -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
		assertThat(this.recorder.status().recorded()).isEqualTo(recorded);
	}

	private Account signUp(String id, String plan) {
		return this.api.post()
			.uri("/billing/customers")
			.body(new SignUpRequest(id, id.toUpperCase(), null, plan))
			.retrieve()
			.body(Account.class);
	}

	private void complete(String customer, String prompt) {
		Completion completion = this.api.post()
			.uri("/v1/completions")
			.header("X-Customer-Id", customer)
			.body(new CompletionRequest(prompt))
			.retrieve()
			.body(Completion.class);
		assertThat(completion.tokens()).isEqualTo(prompt.split(" ").length);
	}

	private UsageReport usage(String customer) {
		return this.api.get().uri("/billing/customers/{id}/usage", customer).retrieve().body(UsageReport.class);
	}

	private void assertInvoice(String customer, String total, String... lineAmounts) {
		InvoiceSummary invoice = this.api.post()
			.uri("/billing/customers/{id}/invoices", customer)
			.retrieve()
			.body(InvoiceSummary.class);

		assertThat(invoice.status()).isEqualTo("finalized");
		assertThat(invoice.currency()).isEqualTo("NGN");
		assertThat(invoice.lines()).extracting(InvoiceSummary.Line::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(Arrays.stream(lineAmounts).map(BigDecimal::new).toArray(BigDecimal[]::new));
		assertThat(invoice.total()).isEqualByComparingTo(total);
		assertThat(this.monigo.invoices().get(invoice.id()).block()).satisfies((stored) -> {
			assertThat(stored.status()).isEqualTo(InvoiceStatus.FINALIZED);
			assertThat(stored.total()).isEqualByComparingTo(total);
		});
	}

	private List<IngestEvent> eventsOf(Account... accounts) {
		List<String> customers = Stream.of(accounts).map(Account::monigoCustomerId).toList();
		return this.emulator.received()
			.events()
			.stream()
			.filter((event) -> customers.contains(event.customerId()))
			.toList();
	}

	private List<Integer> tokensOf(Account account) {
		return eventsOf(account).stream()
			.filter((event) -> event.eventName().equals("tokens_used"))
			.map((event) -> ((Number) event.properties().get("tokens")).intValue())
			.toList();
	}

	/** The customer's usage per metric name, as Monigo holds it. */
	private Map<String, Long> usageInMonigo(Account account) {
		List<UsageRollup> rollups = this.monigo.usage()
			.query(UsageQuery.currentPeriod().withCustomerId(account.monigoCustomerId()))
			.collectList()
			.block();
		return rollups.stream()
			.collect(Collectors.toMap((rollup) -> this.catalog.current().orElseThrow().metricName(rollup.metricId()),
					(rollup) -> rollup.value().longValueExact()));
	}

	private static String words(int count) {
		return String.join(" ", Collections.nCopies(count, "word"));
	}

}
