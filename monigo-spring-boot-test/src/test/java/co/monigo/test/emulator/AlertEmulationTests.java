package co.monigo.test.emulator;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.Alert;
import co.monigo.client.model.AlertFilter;
import co.monigo.client.model.AlertScope;
import co.monigo.client.model.AlertThreshold;
import co.monigo.client.model.AlertType;
import co.monigo.client.model.CreateAlertRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.Metric;
import co.monigo.client.webhook.WebhookEvent;
import co.monigo.client.webhook.WebhookVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class AlertEmulationTests extends EmulatorTestSupport {

	private static CreateAlertRequest usageAlert(String customerId, String metricId, String... thresholds) {
		return CreateAlertRequest
			.of(AlertType.USAGE_EXCEEDED, AlertScope.CUSTOMER, customerId,
					List.of(thresholds).stream().map(AlertThreshold::of).toList())
			.withMetricId(metricId);
	}

	@Test
	void createdAlertIsEnabledAndCanBeReadBack() {
		Customer ada = customer("ada");
		Metric calls = countMetric("api_call");

		Alert created = await(this.monigo.alerts().create(usageAlert(ada.id(), calls.id(), "10", "100")));

		assertThat(created.enabled()).isTrue();
		assertThat(created.thresholds()).extracting(AlertThreshold::value)
			.map(java.math.BigDecimal::toPlainString)
			.containsExactly("10", "100");
		assertThat(await(this.monigo.alerts().get(created.id()))).isEqualTo(created);
		assertThat(emulator.received().requests("POST", "/v1/alerts")).singleElement()
			.satisfies((request) -> assertThat(request.status()).isEqualTo(201));
	}

	@Test
	void secondAlertOfTheSameTypeOnTheSameScopeIsAConflict() {
		Customer ada = customer("ada");
		Metric calls = countMetric("api_call");
		await(this.monigo.alerts().create(usageAlert(ada.id(), calls.id(), "10")));

		MonigoApiException conflict = failure(this.monigo.alerts().create(usageAlert(ada.id(), calls.id(), "20")));

		assertThat(conflict.isConflict()).isTrue();
		assertThat(all(this.monigo.alerts().list())).hasSize(1);
	}

	@Test
	void listFiltersByScopeAndIdAndPages() {
		Customer ada = customer("ada");
		Customer bob = customer("bob");
		Metric calls = countMetric("api_call");
		await(this.monigo.alerts().create(usageAlert(ada.id(), calls.id(), "10")));
		await(this.monigo.alerts().create(usageAlert(bob.id(), calls.id(), "10")));

		assertThat(all(this.monigo.alerts().list(AlertFilter.all().withCustomerId(bob.id())))).singleElement()
			.extracting(Alert::scopeId)
			.isEqualTo(bob.id());
		assertThat(all(this.monigo.alerts().list(AlertFilter.all().withScope(AlertScope.PLAN)))).isEmpty();
		assertThat(all(this.monigo.alerts().list(AlertFilter.all().withPage(1, 1)))).singleElement()
			.extracting(Alert::scopeId)
			.isEqualTo(bob.id());
	}

	@Test
	void thresholdsCanBeReplacedAndTheAlertDisabledEnabledAndDeleted() {
		Customer ada = customer("ada");
		Metric calls = countMetric("api_call");
		Alert alert = await(this.monigo.alerts().create(usageAlert(ada.id(), calls.id(), "10")));

		Alert updated = await(this.monigo.alerts().updateThresholds(alert.id(), List.of(AlertThreshold.of("50", "half"))));
		Alert disabled = await(this.monigo.alerts().disable(alert.id()));
		Alert enabled = await(this.monigo.alerts().enable(alert.id()));
		await(this.monigo.alerts().delete(alert.id()));

		assertThat(updated.thresholds()).singleElement().extracting(AlertThreshold::label).isEqualTo("half");
		assertThat(disabled.enabled()).isFalse();
		assertThat(enabled.enabled()).isTrue();
		assertThat(failure(this.monigo.alerts().get(alert.id())).isNotFound()).isTrue();
		assertThat(all(this.monigo.alerts().list())).isEmpty();
	}

	@Test
	void usageAlertFiresEachThresholdOnceAsASignedWebhook() throws Exception {
		try (WebhookReceiverStub receiver = new WebhookReceiverStub()) {
			emulator.webhooks().register(receiver.url(), "whsec_alerts");
			Customer ada = customer("ada");
			Metric calls = countMetric("api_call");
			await(this.monigo.alerts().create(usageAlert(ada.id(), calls.id(), "2", "100")));

			for (int i = 0; i < 3; i++) {
				IngestEvent call = IngestEvent.of("api_call", ada.id()).withIdempotencyKey("c" + i);
				await(this.monigo.events().ingest(List.of(call)));
			}

			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !emulator.webhooks().attempts("alert.triggered").isEmpty());
			assertThat(emulator.webhooks().attempts("alert.triggered")).hasSize(1);
			WebhookEvent event = WebhookVerifier.of("whsec_alerts")
				.verify(receiver.deliveries.get(0).body(), receiver.deliveries.get(0).signature());
			assertThat(event.alert()).hasValueSatisfying((alert) -> assertThat(alert.scopeId()).isEqualTo(ada.id()));
			assertThat(event.data().get("value").asString()).isEqualTo("2");
		}
	}

}
