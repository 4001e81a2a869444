package co.monigo.test.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.CreateMetricRequest;
import co.monigo.client.model.CreatePlanRequest;

/**
 * Loads customers, metrics and plans into a mode's store from JSON shaped like the API's create bodies:
 * {@code {"customers": [...], "metrics": [...], "plans": [...]}}, each item optionally with its own
 * {@code id} (so that a script or a Postman collection can name them; a UUID otherwise). Items are
 * checked as the API checks them; a plan's prices name metrics by id.
 */
final class Seed {

	private Seed() {
	}

	/**
	 * Adds the seed's objects to the store.
	 * @throws IllegalArgumentException naming the item at fault ({@code plans[0]: ...}); what came before it
	 * stays loaded
	 */
	static void apply(ModeStore store, byte[] json, Instant now) {
		JsonNode seed;
		try {
			seed = MonigoJson.mapper().readTree(json);
		}
		catch (JacksonException unreadable) {
			throw new IllegalArgumentException("the seed is not JSON: " + unreadable.getOriginalMessage());
		}
		if (seed == null || !seed.isObject()) {
			throw new IllegalArgumentException("the seed must be a JSON object of customers, metrics and plans");
		}
		PlanHandler plans = new PlanHandler();
		synchronized (store) {
			each(seed, "customers", (id, node) -> CustomerHandler.create(store, unused(store.customers.keySet(), id),
					Bodies.convert(node, CreateCustomerRequest.class), now));
			each(seed, "metrics", (id, node) -> MetricHandler.create(store, unused(store.metrics.keySet(), id),
					Bodies.convert(node, CreateMetricRequest.class), now));
			each(seed, "plans", (id, node) -> plans.create(store, unused(store.plans.keySet(), id),
					Bodies.convert(node, CreatePlanRequest.class), now));
		}
	}

	private static void each(JsonNode seed, String field, BiConsumer<String, JsonNode> create) {
		JsonNode items = seed.get(field);
		if (items == null || items.isNull()) {
			return;
		}
		if (!items.isArray()) {
			throw new IllegalArgumentException("the seed's " + field + " must be an array");
		}
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			JsonNode id = item.get("id");
			try {
				create.accept((id != null && id.isString() && !id.asString().isBlank()) ? id.asString() : Ids.uuid(),
						item);
			}
			catch (ApiError refused) {
				List<String> problems = refused.details()
					.entrySet()
					.stream()
					.map((problem) -> problem.getKey() + ": " + problem.getValue())
					.toList();
				throw new IllegalArgumentException("the seed's " + field + "[" + i + "] is refused: "
						+ (problems.isEmpty() ? refused.getMessage() : String.join("; ", problems)));
			}
		}
	}

	private static String unused(Set<String> ids, String id) {
		if (ids.contains(id)) {
			throw ApiError.conflict("id " + id + " is already taken");
		}
		return id;
	}

}
