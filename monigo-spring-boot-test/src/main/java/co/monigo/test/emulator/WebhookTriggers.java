package co.monigo.test.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import co.monigo.client.core.KeyMode;
import co.monigo.client.internal.MonigoJson;

/**
 * Which webhooks an operation the emulator served gives rise to, read from the call and its answer, so
 * that no handler needs to know about webhooks: a finalized or voided invoice, a credited wallet, a
 * created or cancelled subscription, and the alerts an ingest makes fire. Each event is written as
 * {@code {"id", "type", "created_at", "livemode", "data": {"<resource>": ...}}}.
 */
final class WebhookTriggers {

	private static final Pattern FINALIZE = Pattern.compile("/v1/invoices/[^/]+/finalize");

	private static final Pattern VOID = Pattern.compile("/v1/invoices/[^/]+/void");

	private static final Pattern CREDIT = Pattern.compile("/v1/wallets/[^/]+/credit");

	private static final Pattern SUBSCRIPTION = Pattern.compile("/v1/subscriptions/[^/]+");

	private WebhookTriggers() {
	}

	/** An event to send: its id, its type and its body. */
	record Outgoing(String id, String type, byte[] body) {
	}

	/** The events of one served call; none for a failed one. Runs under the mode store's monitor. */
	static List<Outgoing> of(Call call, Reply reply) {
		if (reply.status() >= 300) {
			return List.of();
		}
		String[] methodAndPath = call.describe().split(" ", 2);
		String method = methodAndPath[0];
		String path = methodAndPath[1];
		ModeStore store = call.store();
		List<Outgoing> events = new ArrayList<>();
		if (method.equals("POST") && path.equals("/v1/ingest")) {
			AlertEvaluation.fired(store, call.now()).forEach((data) -> events.add(event(call, "alert.triggered", data)));
			return events;
		}
		JsonNode answer = MonigoJson.parse(reply.body());
		String type = type(method, path, answer);
		if (type != null) {
			events.add(event(call, type, answer));
		}
		return events;
	}

	private static @Nullable String type(String method, String path, JsonNode answer) {
		if (method.equals("POST") && FINALIZE.matcher(path).matches()) {
			return "invoice.finalized";
		}
		if (method.equals("POST") && VOID.matcher(path).matches()) {
			return "invoice.voided";
		}
		if (method.equals("POST") && CREDIT.matcher(path).matches()) {
			return "customer.wallet.topped_up";
		}
		if (method.equals("POST") && path.equals("/v1/subscriptions")) {
			return "subscription.created";
		}
		if (method.equals("PATCH") && SUBSCRIPTION.matcher(path).matches()
				&& "canceled".equals(answer.path("subscription").path("status").asString(""))) {
			return "subscription.canceled";
		}
		return null;
	}

	private static Outgoing event(Call call, String type, JsonNode data) {
		String id = Ids.uuid();
		ObjectNode event = MonigoJson.mapper().createObjectNode();
		event.put("id", id);
		event.put("type", type);
		event.put("created_at", call.now().toString());
		event.put("livemode", call.store().mode == KeyMode.LIVE);
		event.set("data", data);
		return new Outgoing(id, type, MonigoJson.write(event));
	}

}
