package co.monigo.test.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.Aggregation;
import co.monigo.client.model.CreateMetricRequest;
import co.monigo.client.model.Metric;
import co.monigo.client.model.UpdateMetricRequest;

/**
 * {@code /v1/metrics}: create, list, get, update, delete. Every aggregation but {@code count} needs an
 * {@code aggregation_property}, on create and after an update.
 */
final class MetricHandler {

	Reply create(Call call) {
		return Reply.created("metric",
				create(call.store(), Ids.uuid(), call.body(CreateMetricRequest.class), call.now()));
	}

	/** Stores a new metric with this id. */
	static Metric create(ModeStore store, String id, CreateMetricRequest request, Instant now) {
		Metric metric = new Metric(id, Ids.ORG_ID, request.name(), request.eventName(), request.aggregation(),
				request.aggregationProperty(), request.description(), now, now);
		store.metrics.put(metric.id(), metric);
		return metric;
	}

	Reply list(Call call) {
		return Reply.list("metrics", List.copyOf(call.store().metrics.values()));
	}

	Reply get(Call call) {
		return Reply.ok("metric", call.store().metric(call.path("id")));
	}

	Reply update(Call call) {
		Metric current = call.store().metric(call.path("id"));
		UpdateMetricRequest request = call.body(UpdateMetricRequest.class);
		Aggregation aggregation = (request.aggregation() != null) ? request.aggregation() : current.aggregation();
		if (aggregation == Aggregation.UNKNOWN) {
			throw ApiError.invalidField("aggregation", "must be count, sum, max, minimum, average or unique");
		}
		String property = firstText(request.aggregationProperty(), current.aggregationProperty());
		if (aggregation.needsProperty() && property == null) {
			throw ApiError.invalidField("aggregation_property",
					"is required for aggregation " + aggregation.name().toLowerCase(Locale.ROOT));
		}
		Metric updated = new Metric(current.id(), current.orgId(), firstText(request.name(), current.name()),
				firstText(request.eventName(), current.eventName()), aggregation, property,
				(request.description() != null) ? request.description() : current.description(), current.createdAt(),
				call.now());
		call.store().metrics.put(updated.id(), updated);
		return Reply.ok("metric", updated);
	}

	Reply delete(Call call) {
		Metric metric = call.store().metric(call.path("id"));
		call.store().metrics.remove(metric.id());
		return Reply.noContent();
	}

	private static @Nullable String firstText(@Nullable String wanted, @Nullable String current) {
		return (wanted != null && !wanted.isBlank()) ? wanted : current;
	}

}
