package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreatePriceRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.CustomerWallet;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.LedgerEntryType;
import co.monigo.client.model.Metric;
import co.monigo.client.model.Plan;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.WalletCredit;
import co.monigo.client.webhook.WebhookEvent;
import co.monigo.client.webhook.WebhookVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator posts signed webhooks for what it does, retries a failed delivery on the schedule a test
 * sets, and records every attempt.
 */
class WebhookEmulationTests extends EmulatorTestSupport {

	private static final String SECRET = "whsec_emulator_tests";

	private WebhookReceiverStub receiver;

	@BeforeEach
	void registerReceiver() throws Exception {
		this.receiver = new WebhookReceiverStub();
		emulator.webhooks().register(this.receiver.url(), SECRET);
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.close();
	}

	private Subscription subscription() {
		Customer ada = customer("ada");
		Metric calls = countMetric("api_call");
		CreatePriceRequest price = CreatePriceRequest.of(calls.id(), PriceModel.FLAT_UNIT)
			.withUnitPrice(new BigDecimal("2"));
		Plan plan = await(this.monigo.plans().create(CreatePlanRequest.of("Plan").withPrice(price)));
		return await(this.monigo.subscriptions().create(CreateSubscriptionRequest.of(ada.id(), plan.id())));
	}

	private List<WebhookEvent> received(int atLeast) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> this.receiver.deliveries.size() >= atLeast);
		return this.receiver.deliveries.stream()
			.map((delivery) -> WebhookVerifier.of(SECRET).verify(delivery.body(), delivery.signature()))
			.toList();
	}

	@Test
	void finalizingAndVoidingAnInvoicePostsSignedInvoiceEvents() {
		Subscription subscription = subscription();
		Invoice draft = await(this.monigo.invoices().generate(subscription.id()));

		await(this.monigo.invoices().finalize(draft.id()));
		received(2);
		await(this.monigo.invoices().voidInvoice(draft.id()));

		List<WebhookEvent> events = received(3);
		assertThat(events).extracting(WebhookEvent::type)
			.containsExactly("subscription.created", "invoice.finalized", "invoice.voided");
		assertThat(events.get(1).invoice()).hasValueSatisfying((invoice) -> {
			assertThat(invoice.id()).isEqualTo(draft.id());
			assertThat(invoice.finalizedAt()).isNotNull();
		});
		assertThat(events).extracting(WebhookEvent::id).doesNotHaveDuplicates();
	}

	@Test
	void creditingAWalletAndCancellingASubscriptionPostTheirEvents() {
		Subscription subscription = subscription();
		CustomerWallet wallet = await(this.monigo.wallets().getOrCreate(subscription.customerId(), "NGN"));
		await(this.monigo.wallets()
			.credit(wallet.id(), WalletCredit.of(new BigDecimal("500"), "NGN", "Top-up", LedgerEntryType.DEPOSIT,
					"manual_credit", "ref-1", "credit-1")));
		received(2);
		await(this.monigo.subscriptions().cancel(subscription.id()));

		List<WebhookEvent> events = received(3);
		assertThat(events).extracting(WebhookEvent::type)
			.containsExactly("subscription.created", "customer.wallet.topped_up", "subscription.canceled");
		assertThat(events.get(1).wallet()).hasValueSatisfying(
				(credited) -> assertThat(credited.balance()).isEqualByComparingTo(new BigDecimal("500")));
		assertThat(events.get(2).subscription()).hasValueSatisfying(
				(canceled) -> assertThat(canceled.id()).isEqualTo(subscription.id()));
	}

	@Test
	void failedDeliveryIsRetriedOnTheScheduleWithTheSameEventAndEveryAttemptIsRecorded() {
		emulator.webhooks().retrySchedule(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50));
		this.receiver.answer(500, 503);

		subscription();

		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> emulator.webhooks().attempts("subscription.created").size() >= 3);
		List<WebhookAttempt> attempts = emulator.webhooks().attempts("subscription.created");
		assertThat(attempts).extracting(WebhookAttempt::attempt).containsExactly(1, 2, 3);
		assertThat(attempts).extracting(WebhookAttempt::status).containsExactly(500, 503, 200);
		assertThat(attempts).extracting(WebhookAttempt::eventId).containsOnly(attempts.get(0).eventId());
		assertThat(attempts.get(2).signature()).isEqualTo(WebhookVerifier.signature(SECRET,
				attempts.get(2).body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	@Test
	void deliveryIsGivenUpAfterTheLastRetry() {
		emulator.webhooks().retrySchedule(Duration.ofMillis(20));
		this.receiver.answer(500, 500, 500);

		subscription();

		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> emulator.webhooks().attempts("subscription.created").size() >= 2);
		assertThat(emulator.webhooks().attempts("subscription.created")).extracting(WebhookAttempt::succeeded)
			.containsExactly(false, false);
	}

	@Test
	void anUnreachableEndpointIsRecordedWithItsError() {
		emulator.webhooks().retrySchedule();
		String url = this.receiver.url();
		this.receiver.close();

		subscription();

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !emulator.webhooks().attempts().isEmpty());
		assertThat(emulator.webhooks().attempts()).singleElement().satisfies((attempt) -> {
			assertThat(attempt.url()).isEqualTo(url);
			assertThat(attempt.status()).isZero();
			assertThat(attempt.error()).isNotBlank();
		});
	}

	@Test
	void resetForgetsTheEndpoints() {
		emulator.reset();

		subscription();

		assertThat(emulator.webhooks().attempts()).isEmpty();
		assertThat(this.receiver.deliveries).isEmpty();
	}

}
