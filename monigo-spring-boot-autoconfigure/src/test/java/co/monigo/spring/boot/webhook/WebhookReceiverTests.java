package co.monigo.spring.boot.webhook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

import co.monigo.client.webhook.WebhookVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookReceiverTests {

	private static final String SECRET = "whsec_receiver";

	private static final byte[] BODY = "{\"id\": \"evt_1\", \"type\": \"invoice.paid\"}".getBytes(StandardCharsets.UTF_8);

	private final Set<String> handled = new HashSet<>();

	private final WebhookEventStore store = new WebhookEventStore() {

		@Override
		public boolean isHandled(String eventId) {
			return WebhookReceiverTests.this.handled.contains(eventId);
		}

		@Override
		public void markHandled(String eventId) {
			WebhookReceiverTests.this.handled.add(eventId);
		}

	};

	@Test
	void deliveryOfAnEventThatIsBeingHandledIsAnsweredInProgressSoMonigoRetriesLater() {
		List<WebhookOutcome> nested = new ArrayList<>();
		WebhookReceiver[] receiver = new WebhookReceiver[1];
		ApplicationEventPublisher publisher = (event) -> nested
			.add(receiver[0].receive(BODY, WebhookVerifier.signature(SECRET, BODY)));
		receiver[0] = new WebhookReceiver(WebhookVerifier.of(SECRET), this.store, publisher, WebhookMetrics.NONE);

		WebhookOutcome outer = receiver[0].receive(BODY, WebhookVerifier.signature(SECRET, BODY));

		assertThat(nested).containsExactly(WebhookOutcome.IN_PROGRESS);
		assertThat(outer).isEqualTo(WebhookOutcome.PUBLISHED);
		assertThat(this.handled).containsExactly("evt_1");
	}

	@Test
	void idIsRememberedOnlyAfterEveryListenerReturned() {
		List<Boolean> handledWhilePublishing = new ArrayList<>();
		WebhookReceiver receiver = new WebhookReceiver(WebhookVerifier.of(SECRET), this.store,
				(event) -> handledWhilePublishing.add(this.store.isHandled("evt_1")), WebhookMetrics.NONE);

		receiver.receive(BODY, WebhookVerifier.signature(SECRET, BODY));

		assertThat(handledWhilePublishing).containsExactly(false);
		assertThat(this.store.isHandled("evt_1")).isTrue();
	}

	@Test
	void outcomesAnswerWithMonigosStatuses() {
		assertThat(WebhookOutcome.PUBLISHED.status()).isEqualTo(200);
		assertThat(WebhookOutcome.DUPLICATE.status()).isEqualTo(200);
		assertThat(WebhookOutcome.UNAUTHORIZED.status()).isEqualTo(401);
		assertThat(WebhookOutcome.LISTENER_FAILED.status()).isEqualTo(500);
	}

}
