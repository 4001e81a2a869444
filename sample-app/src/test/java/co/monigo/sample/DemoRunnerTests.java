package co.monigo.sample;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.InvoiceFilter;
import co.monigo.client.model.InvoiceStatus;
import co.monigo.sample.webhooks.InvoiceWebhookListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo, as the README's run command starts it: no API key, so the embedded emulator.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "monigo.api-key=")
@ExtendWith(OutputCaptureExtension.class)
class DemoRunnerTests {

	/** The demo runs in the background once the application has started. */
	private static final Duration DEMO = Duration.ofSeconds(60);

	@Test
	void demoPrintsEachCustomersUsageAndFinalizedInvoice(CapturedOutput output) {
		await().atMost(DEMO).untilAsserted(() -> assertThat(output).contains("Demo finished"));
		assertThat(output).contains("No MONIGO_API_KEY set: using the embedded Monigo emulator at")
			.contains("15 completions from 3 customers, 30 usage events delivered")
			.containsPattern("acme \\(Acme Corp\\): plan starter")
			.containsPattern("Tokens +sum +63 +\\(5 events\\)")
			.containsPattern("total +7\\.05")
			.containsPattern("total +21\\.30")
			.containsPattern("total +77\\.20")
			.containsPattern("Portal link \\(until .*\\): http://127\\.0\\.0\\.1:\\d+/portal/[0-9a-f]+");
	}

	@Test
	void demoLeavesOneFinalizedInvoicePerCustomerInMonigo(@Autowired MonigoClient monigo) {
		InvoiceFilter finalized = InvoiceFilter.all().withStatus(InvoiceStatus.FINALIZED);

		await().atMost(DEMO)
			.untilAsserted(() -> assertThat(monigo.invoices().list(finalized).collectList().block())
				.extracting(Invoice::total)
				.usingElementComparator(BigDecimal::compareTo)
				.containsExactlyInAnyOrder(new BigDecimal("7.05"), new BigDecimal("21.30"),
						new BigDecimal("77.20")));
	}

	@Test
	void everyInvoiceTheDemoFinalizesComesBackAsAnInvoiceFinalizedWebhook(@Autowired InvoiceWebhookListener listener) {
		await().atMost(Duration.ofSeconds(20)).until(() -> listener.finalizedInvoices().size() >= 3);

		assertThat(listener.finalizedInvoices()).extracting(Invoice::total)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactlyInAnyOrder(new BigDecimal("7.05"), new BigDecimal("21.30"), new BigDecimal("77.20"));
	}

}
