package co.monigo.test.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import co.monigo.client.model.Alert;
import co.monigo.client.model.AlertThreshold;
import co.monigo.client.model.CreateAlertRequest;

/**
 * {@code /v1/alerts}: create (409 when the scope already has an alert of that type), list (filtered by
 * {@code type}, {@code scope}, {@code customer_id}, {@code subscription_id}, {@code plan_id}, paged by
 * {@code limit} and {@code offset}), get, update thresholds, soft delete, enable and disable. An alert
 * is written under {@code alert}, lists under {@code alerts} with {@code count}.
 */
final class AlertHandler {

	private static final int DEFAULT_LIMIT = 25;

	Reply create(Call call) {
		CreateAlertRequest request = call.body(CreateAlertRequest.class);
		Instant now = call.now();
		Alert alert = new Alert(Ids.uuid(), Ids.ORG_ID, request.type(), request.scope(), request.scopeId(),
				request.metricId(), request.currency(), request.thresholds(),
				Boolean.TRUE.equals(request.requireAcknowledgment()), true, now, now);
		AlertBook alerts = call.store().alerts;
		Alert existing = alerts.sameScope(alert);
		if (existing != null) {
			throw ApiError.conflict("an alert of type " + wire(alert.type()) + " already exists for "
					+ wire(alert.scope()) + " " + alert.scopeId() + ": " + existing.id());
		}
		alerts.put(alert);
		return Reply.created("alert", alert);
	}

	Reply list(Call call) {
		String type = call.query("type");
		String scope = call.query("scope");
		String customerId = call.query("customer_id");
		String subscriptionId = call.query("subscription_id");
		String planId = call.query("plan_id");
		int limit = call.queryInt("limit", DEFAULT_LIMIT);
		int offset = call.queryInt("offset", 0);
		if (limit < 1 || offset < 0) {
			throw ApiError.invalidField((limit < 1) ? "limit" : "offset", "is out of range");
		}
		List<Alert> alerts = call.store().alerts.all()
			.stream()
			.filter((alert) -> type == null || type.equalsIgnoreCase(alert.type().name()))
			.filter((alert) -> scope == null || scope.equalsIgnoreCase(alert.scope().name()))
			.filter((alert) -> matches(alert, "customer", customerId))
			.filter((alert) -> matches(alert, "subscription", subscriptionId))
			.filter((alert) -> matches(alert, "plan", planId))
			.skip(offset)
			.limit(limit)
			.toList();
		return Reply.list("alerts", alerts);
	}

	private static boolean matches(Alert alert, String scope, @Nullable String id) {
		return id == null || (wire(alert.scope()).equals(scope) && alert.scopeId().equals(id));
	}

	Reply get(Call call) {
		return Reply.ok("alert", call.store().alerts.get(call.path("id")));
	}

	Reply updateThresholds(Call call) {
		Alert current = call.store().alerts.get(call.path("id"));
		JsonNode thresholds = call.json().get("thresholds");
		if (thresholds == null || !thresholds.isArray() || thresholds.isEmpty()) {
			throw ApiError.invalidField("thresholds", "must hold at least one threshold");
		}
		List<AlertThreshold> read = new ArrayList<>();
		thresholds.forEach((threshold) -> read.add(Bodies.convert(threshold, AlertThreshold.class)));
		return save(call, new Alert(current.id(), current.orgId(), current.type(), current.scope(), current.scopeId(),
				current.metricId(), current.currency(), read, current.requireAcknowledgment(), current.enabled(),
				current.createdAt(), call.now()));
	}

	Reply delete(Call call) {
		call.store().alerts.delete(call.path("id"));
		return Reply.noContent();
	}

	Reply enable(Call call) {
		return setEnabled(call, true);
	}

	Reply disable(Call call) {
		return setEnabled(call, false);
	}

	private static Reply setEnabled(Call call, boolean enabled) {
		Alert current = call.store().alerts.get(call.path("id"));
		return save(call, new Alert(current.id(), current.orgId(), current.type(), current.scope(), current.scopeId(),
				current.metricId(), current.currency(), current.thresholds(), current.requireAcknowledgment(), enabled,
				current.createdAt(), call.now()));
	}

	private static Reply save(Call call, Alert alert) {
		call.store().alerts.put(alert);
		return Reply.ok("alert", alert);
	}

	private static String wire(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
