package co.monigo.client.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.Alert;
import co.monigo.client.model.CustomerWallet;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.Subscription;
import co.monigo.client.webhook.WebhookException.Reason;

/**
 * One verified webhook delivery, read tolerantly because Monigo does not publish the payload's schema:
 * the raw JSON is kept whole, the type comes from {@code type} (or {@code event}, {@code event_type}),
 * the id from {@code id} (or {@code event_id}; failing both, a SHA-256 of the body, so a replay of the
 * same delivery still has the same id), the object from {@code data}, and every other field is ignored.
 *
 * @param id the delivery's event id, stable across Monigo's retries; de-duplicate by it
 * @param type the event type, e.g. {@code invoice.finalized}; {@code unknown} when the payload has none
 * @param createdAt when Monigo created the event, if the payload says so
 * @param data the event's object: the payload's {@code data} field, or the whole payload when it has none
 * @param rawJson the body exactly as received
 */
public record WebhookEvent(String id, String type, @Nullable Instant createdAt, JsonNode data, String rawJson) {

	/** The type given to a payload that names none. */
	public static final String UNKNOWN_TYPE = "unknown";

	/**
	 * Reads a body; call it only on a body whose signature was verified.
	 * @throws WebhookException (reason {@code MALFORMED_PAYLOAD}) when the body is not a JSON object
	 */
	public static WebhookEvent parse(byte[] body) {
		JsonNode root;
		try {
			root = MonigoJson.mapper().readTree(body);
		}
		catch (JacksonException unreadable) {
			throw notAnObject();
		}
		if (root == null || !root.isObject()) {
			throw notAnObject();
		}
		String type = firstText(root, "type", "event", "event_type");
		String id = firstText(root, "id", "event_id");
		JsonNode data = root.get("data");
		return new WebhookEvent((id != null) ? id : "sha256:" + sha256(body), (type != null) ? type : UNKNOWN_TYPE,
				instant(firstText(root, "created_at", "timestamp")), (data != null && data.isObject()) ? data : root,
				new String(body, StandardCharsets.UTF_8));
	}

	/** Whether this is an event of the given type, e.g. {@link WebhookEventTypes#INVOICE_FINALIZED}. */
	public boolean is(String eventType) {
		return this.type.equals(eventType);
	}

	/**
	 * The event's object read as one of the client's models (or any type the client's mapper reads), from
	 * {@code data.<field>} when {@code data} wraps it under that name, else from {@code data} itself.
	 * @throws tools.jackson.core.JacksonException when the object cannot be read as {@code type}
	 */
	public <T> T dataAs(String field, Class<T> type) {
		JsonNode wrapped = this.data.get(field);
		JsonNode node = (wrapped != null && wrapped.isObject()) ? wrapped : this.data;
		return MonigoJson.convert(node, type);
	}

	/** The invoice of an {@code invoice.*} event; empty for other types. */
	public Optional<Invoice> invoice() {
		return typed("invoice.", "invoice", Invoice.class);
	}

	/** The wallet of a {@code customer.wallet.*} event; empty for other types. */
	public Optional<CustomerWallet> wallet() {
		return typed("customer.wallet.", "wallet", CustomerWallet.class);
	}

	/** The subscription of a {@code subscription.*} event; empty for other types. */
	public Optional<Subscription> subscription() {
		return typed("subscription.", "subscription", Subscription.class);
	}

	/** The alert of an {@code alert.*} event; empty for other types. */
	public Optional<Alert> alert() {
		return typed("alert.", "alert", Alert.class);
	}

	private <T> Optional<T> typed(String typePrefix, String field, Class<T> modelType) {
		return this.type.startsWith(typePrefix) ? Optional.of(dataAs(field, modelType)) : Optional.empty();
	}

	@Override
	public String toString() {
		return "WebhookEvent[id=" + this.id + ", type=" + this.type + "]";
	}

	private static @Nullable String firstText(JsonNode root, String... fields) {
		for (String field : fields) {
			JsonNode value = root.get(field);
			if (value != null && value.isString() && !value.asString().isBlank()) {
				return value.asString();
			}
		}
		return null;
	}

	private static @Nullable Instant instant(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException unreadable) {
			return null;
		}
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException unavailable) {
			throw new IllegalStateException("SHA-256 is not available in this JVM", unavailable);
		}
	}

	private static WebhookException notAnObject() {
		return new WebhookException(Reason.MALFORMED_PAYLOAD, "The webhook's body is not a JSON object");
	}

}
