package co.monigo.client.webhook;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import co.monigo.client.model.InvoiceStatus;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookEventTest {

	private static final String INVOICE = """
			{"id": "inv_1", "org_id": "org_1", "customer_id": "cus_1", "subscription_id": "sub_1",
			 "status": "finalized", "currency": "NGN", "subtotal": "3000.00", "vat_enabled": false,
			 "total": "3000.00", "period_start": "2026-02-01T00:00:00Z", "period_end": "2026-03-01T00:00:00Z",
			 "line_items": [], "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-01T10:00:00Z",
			 "future_field": 1}""";

	@Test
	void readsIdTypeTimeAndDataAndKeepsTheRawJson() {
		String json = "{\"id\": \"evt_1\", \"type\": \"invoice.finalized\", \"created_at\": \"2026-03-01T00:00:00Z\","
				+ " \"unknown\": [1], \"data\": " + INVOICE + "}";

		WebhookEvent event = WebhookEvent.parse(json.getBytes(StandardCharsets.UTF_8));

		assertThat(event.id()).isEqualTo("evt_1");
		assertThat(event.type()).isEqualTo(WebhookEventTypes.INVOICE_FINALIZED);
		assertThat(event.createdAt()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
		assertThat(event.rawJson()).isEqualTo(json);
		assertThat(event.invoice()).hasValueSatisfying((invoice) -> {
			assertThat(invoice.id()).isEqualTo("inv_1");
			assertThat(invoice.status()).isEqualTo(InvoiceStatus.FINALIZED);
			assertThat(invoice.total()).isEqualTo(new BigDecimal("3000.00"));
		});
		assertThat(event.wallet()).isEmpty();
	}

	@Test
	void readsTheObjectWhetherDataWrapsItByNameOrNot() {
		String wrapped = "{\"event\": \"invoice.voided\", \"event_id\": \"evt_2\", \"data\": {\"invoice\": "
				+ INVOICE + "}}";

		WebhookEvent event = WebhookEvent.parse(wrapped.getBytes(StandardCharsets.UTF_8));

		assertThat(event.id()).isEqualTo("evt_2");
		assertThat(event.type()).isEqualTo("invoice.voided");
		assertThat(event.invoice()).hasValueSatisfying((invoice) -> assertThat(invoice.id()).isEqualTo("inv_1"));
	}

	@Test
	void payloadWithoutIdGetsAnIdFromItsBodySoAReplayKeepsIt() {
		byte[] body = "{\"type\": \"usage.daily\", \"total\": 3}".getBytes(StandardCharsets.UTF_8);

		WebhookEvent first = WebhookEvent.parse(body);
		WebhookEvent replay = WebhookEvent.parse(body.clone());
		WebhookEvent other = WebhookEvent.parse("{\"type\": \"usage.daily\", \"total\": 4}".getBytes());

		assertThat(first.id()).startsWith("sha256:").isEqualTo(replay.id()).isNotEqualTo(other.id());
		assertThat(first.data().get("total").asInt()).isEqualTo(3);
	}

	@Test
	void payloadWithoutTypeOrReadableTimeIsStillRead() {
		WebhookEvent event = WebhookEvent.parse("{\"id\": \"evt_3\", \"created_at\": \"yesterday\"}".getBytes());

		assertThat(event.type()).isEqualTo(WebhookEvent.UNKNOWN_TYPE);
		assertThat(event.createdAt()).isNull();
		assertThat(event.is(WebhookEventTypes.INVOICE_PAID)).isFalse();
	}

	@Test
	void walletEventDecodesTheWallet() {
		String json = """
				{"id": "evt_4", "type": "customer.wallet.topped_up", "data": {"wallet": {"id": "wal_1",
				 "customer_id": "cus_1", "org_id": "org_1", "currency": "NGN", "balance": "500.000000",
				 "reserved_balance": "0", "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-01T10:00:00Z"},
				 "ledger_entries": []}}""";

		WebhookEvent event = WebhookEvent.parse(json.getBytes(StandardCharsets.UTF_8));

		assertThat(event.wallet()).hasValueSatisfying(
				(wallet) -> assertThat(wallet.balance()).isEqualByComparingTo(new BigDecimal("500")));
		assertThat(event.invoice()).isEmpty();
	}

	@Test
	void toStringShowsOnlyIdAndType() {
		WebhookEvent event = WebhookEvent.parse(("{\"id\": \"evt_5\", \"type\": \"payment.failed\", \"data\": "
				+ "{\"card\": \"4242\"}}").getBytes(StandardCharsets.UTF_8));

		assertThat(event).hasToString("WebhookEvent[id=evt_5, type=payment.failed]");
	}

}
