package co.monigo.sample.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.client.MonigoClient;
import co.monigo.metering.UsageRecorder;
import co.monigo.sample.billing.Account;
import co.monigo.sample.billing.BillingCatalogSetup;
import co.monigo.sample.billing.InvoiceSummary;
import co.monigo.sample.billing.PortalLink;
import co.monigo.sample.billing.SignUpRequest;
import co.monigo.sample.billing.UsageReport;
import co.monigo.sample.completion.Completion;
import co.monigo.sample.completion.CompletionRequest;

/**
 * Once the application has started and its price list is set up in Monigo, drives the whole flow over
 * HTTP, as the API's clients would: signs up the {@linkplain DemoCustomer demo customers}, sends their
 * prompts to the metered API, waits until the usage events are delivered to Monigo, then prints each
 * customer's usage, finalized invoice and portal link. Runs in the background, so startup never waits
 * for Monigo, and a demo that fails is logged, never taking the application down. Off with
 * {@code sample.demo.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "sample.demo.enabled", matchIfMissing = true)
class DemoRunner implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoRunner.class);

	/** Each completion records an {@code api_call} and a {@code tokens_used} event. */
	private static final int EVENTS_PER_COMPLETION = 2;

	private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

	private final Environment environment;

	private final UsageRecorder recorder;

	private final MonigoClient monigo;

	private final BillingCatalogSetup catalog;

	DemoRunner(Environment environment, UsageRecorder recorder, MonigoClient monigo, BillingCatalogSetup catalog) {
		this.environment = environment;
		this.recorder = recorder;
		this.monigo = monigo;
		this.catalog = catalog;
	}

	@Override
	public void run(ApplicationArguments args) {
		int port = this.environment.getRequiredProperty("local.server.port", Integer.class);
		Thread demo = new Thread(() -> runWhenTheCatalogIsReady(port), "monigo-sample-demo");
		demo.setDaemon(true);
		demo.start();
	}

	private void runWhenTheCatalogIsReady(int port) {
		try {
			this.catalog.whenReady().block();
			runDemo(port);
		}
		catch (Exception failure) {
			logger.warn("The demo did not finish: {}", failure.toString());
		}
	}

	private void runDemo(int port) throws Exception {
		RestClient api = RestClient.create("http://localhost:" + port);
		long recordedBefore = this.recorder.status().recorded();
		long deliveredBefore = this.recorder.status().delivered();
		List<Account> accounts = DemoCustomer.ALL.stream().map((customer) -> signUp(api, customer)).toList();
		int completions = 0;
		for (DemoCustomer customer : DemoCustomer.ALL) {
			for (String prompt : customer.prompts()) {
				complete(api, customer, prompt);
				completions++;
			}
		}
		long events = (long) completions * EVENTS_PER_COMPLETION;
		awaitDelivery(recordedBefore + events);
		List<DemoReport.Statement> statements = new ArrayList<>();
		for (int i = 0; i < accounts.size(); i++) {
			statements.add(statement(api, DemoCustomer.ALL.get(i), accounts.get(i)));
		}
		DemoReport report = new DemoReport(this.monigo.baseUrl(), this.monigo.keyMode(), port, completions,
				this.recorder.status().delivered() - deliveredBefore, statements);
		logger.info("Demo finished:{}{}", System.lineSeparator(), report.render());
	}

	private static Account signUp(RestClient api, DemoCustomer customer) {
		return api.post()
			.uri("/billing/customers")
			.body(new SignUpRequest(customer.id(), customer.name(), customer.id() + "@example.com",
					customer.plan().key()))
			.retrieve()
			.body(Account.class);
	}

	private static void complete(RestClient api, DemoCustomer customer, String prompt) {
		api.post()
			.uri("/v1/completions")
			.header("X-Customer-Id", customer.id())
			.body(new CompletionRequest(prompt))
			.retrieve()
			.body(Completion.class);
	}

	/**
	 * Waits until the metered calls have all been recorded (an event waits while the starter maps its
	 * customer's own id to Monigo's), then flushes them to Monigo instead of waiting for the linger.
	 */
	private void awaitDelivery(long recorded) throws Exception {
		Flux.interval(Duration.ofMillis(20))
			.filter((tick) -> this.recorder.status().recorded() >= recorded)
			.next()
			.timeout(DELIVERY_TIMEOUT, Mono.error(() -> new IllegalStateException("only "
					+ this.recorder.status().recorded() + " of " + recorded + " usage events were recorded within "
					+ DELIVERY_TIMEOUT + "; see the log for customers Monigo does not know")))
			.block();
		this.recorder.flush().get(DELIVERY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
	}

	private static DemoReport.Statement statement(RestClient api, DemoCustomer customer, Account account) {
		String path = "/billing/customers/" + customer.id();
		return new DemoReport.Statement(customer, account,
				api.get().uri(path + "/usage").retrieve().body(UsageReport.class),
				api.post().uri(path + "/invoices").retrieve().body(InvoiceSummary.class),
				api.post().uri(path + "/portal-link").retrieve().body(PortalLink.class));
	}

}
