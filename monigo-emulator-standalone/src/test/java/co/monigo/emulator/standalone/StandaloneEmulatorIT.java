package co.monigo.emulator.standalone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.Aggregation;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.CreatePortalTokenRequest;
import co.monigo.client.model.CustomerWallet;
import co.monigo.client.model.LedgerEntryType;
import co.monigo.client.model.PortalToken;
import co.monigo.client.model.UsageQuery;
import co.monigo.client.model.WalletCredit;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the packaged jar as a process ({@code java -jar monigo-emulator.jar --port N}), as a user would,
 * and works with Monigo's API through it.
 */
class StandaloneEmulatorIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final List<String> output = new CopyOnWriteArrayList<>();

	private Process process;

	private Process start(String... arguments) throws IOException {
		Path jar = Path.of(System.getProperty("emulator.jar", "target/monigo-emulator.jar"));
		assertThat(jar).as("the packaged emulator jar").exists();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
		command.addAll(List.of(arguments));
		this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				lines.lines().forEach(this.output::add);
			}
			catch (IOException closed) {
				// the process ended
			}
		}, "emulator-output");
		reader.setDaemon(true);
		reader.start();
		return this.process;
	}

	@AfterEach
	void stop() throws InterruptedException {
		if (this.process != null) {
			this.process.destroy();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void jarServesTheApiOnTheGivenPortWithItsSeedAndPrintsItsUrlAndKeys(@TempDir Path directory) throws Exception {
		int port = freePort();
		String url = "http://127.0.0.1:" + port;
		Path seed = Files.writeString(directory.resolve("seed.json"),
				"{\"customers\": [{\"id\": \"cus-acme\", \"external_id\": \"acme\", \"name\": \"Acme\"}]}");
		start("--port", Integer.toString(port), "--seed", seed.toString());

		await().atMost(Duration.ofSeconds(60)).until(() -> this.output.contains("Monigo emulator listening on " + url));
		assertThat(String.join("\n", this.output)).contains("mk_test_").contains(url + "/_emulator/state");

		MonigoClient monigo = MonigoClient.builder().apiKey("mk_test_standalone").baseUrl(url).maxRetries(0).build();
		Customer ada = monigo.customers().create(CreateCustomerRequest.of("ada", "Ada")).block(TIMEOUT);
		Metric calls = monigo.metrics().create(CreateMetricRequest.of("API calls", "api_call", Aggregation.COUNT))
			.block(TIMEOUT);
		Plan plan = monigo.plans()
			.create(CreatePlanRequest.of("Flat")
				.withPrice(CreatePriceRequest.of(calls.id(), PriceModel.FLAT_UNIT).withUnitPrice(new BigDecimal("2.000000"))))
			.block(TIMEOUT);
		Subscription subscription = monigo.subscriptions()
			.create(CreateSubscriptionRequest.of(ada.id(), plan.id()))
			.block(TIMEOUT);
		monigo.events()
			.ingest(List.of(IngestEvent.of("api_call", ada.id()).withIdempotencyKey("c1"),
					IngestEvent.of("api_call", ada.id()).withIdempotencyKey("c2")))
			.block(TIMEOUT);
		Invoice invoice = monigo.invoices().generate(subscription.id()).block(TIMEOUT);

		assertThat(monigo.usage().query(UsageQuery.currentPeriod().withCustomerId(ada.id())).collectList().block(TIMEOUT))
			.singleElement()
			.satisfies((rollup) -> assertThat(rollup.value()).isEqualByComparingTo("2"));
		CustomerWallet wallet = monigo.wallets().getOrCreate(ada.id(), "NGN").block(TIMEOUT);
		assertThat(monigo.wallets()
			.credit(wallet.id(), WalletCredit.of(new BigDecimal("500"), "NGN", "Top-up", LedgerEntryType.DEPOSIT,
					"manual", "ref-1", "topup-1"))
			.block(TIMEOUT)
			.wallet()
			.balance()).isEqualTo(new BigDecimal("500.00"));
		PortalToken token = monigo.portalTokens().create(CreatePortalTokenRequest.of("ada")).block(TIMEOUT);
		assertThat(get(token.portalUrl())).contains(ada.id());
		assertThat(monigo.customers().get("ada").block(TIMEOUT)).isEqualTo(ada);
		assertThat(monigo.customers().get("acme").block(TIMEOUT).id()).isEqualTo("cus-acme");
		assertThat(invoice.total()).isEqualTo(new BigDecimal("4.00"));
		assertThat(get(url + "/_emulator/state")).contains("\"external_id\":\"ada\"");
	}

	@Test
	void portIsTakenFromTheEnvironment() throws IOException {
		int port = freePort();
		Path jar = Path.of(System.getProperty("emulator.jar", "target/monigo-emulator.jar"));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString()).redirectErrorStream(true);
		builder.environment().put("MONIGO_EMULATOR_PORT", Integer.toString(port));
		this.process = builder.start();

		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.until(() -> get("http://127.0.0.1:" + port + "/_emulator/clock").contains("now"));
	}

	@Test
	void badArgumentExitsWith2AndTheUsage() throws Exception {
		Process bad = start("--port", "http");

		assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(bad.exitValue()).isEqualTo(2);
		await().atMost(TIMEOUT).until(() -> String.join("\n", this.output).contains("Usage:"));
	}

	private static String get(String url) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
		return response.body();
	}

}
