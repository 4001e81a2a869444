package co.monigo.sample.billing;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.Aggregation;
import co.monigo.client.model.CreateMetricRequest;
import co.monigo.client.model.Metric;
import co.monigo.client.model.Plan;

/**
 * The API's price list in Monigo: what is metered (requests and tokens) and the {@link SamplePlan}s.
 *
 * @param requests counts {@code api_call} events
 * @param tokens sums the {@code tokens} property of {@code tokens_used} events
 * @param plans each sample plan's Monigo plan
 */
public record BillingCatalog(Metric requests, Metric tokens, Map<SamplePlan, Plan> plans) {

	private static final CreateMetricRequest REQUESTS = CreateMetricRequest.of("API requests", "api_call",
			Aggregation.COUNT);

	private static final CreateMetricRequest TOKENS = CreateMetricRequest.of("Tokens", "tokens_used",
			Aggregation.SUM, "tokens");

	public BillingCatalog {
		plans = Map.copyOf(plans);
	}

	/**
	 * Finds the metrics and plans in Monigo (metrics by event name and aggregation, plans by name) and
	 * creates those missing, so running against the same Monigo account again reuses them.
	 */
	public static Mono<BillingCatalog> findOrCreate(MonigoClient monigo) {
		return Mono.zip(metric(monigo, REQUESTS), metric(monigo, TOKENS))
			.flatMap((metrics) -> Flux.fromArray(SamplePlan.values())
				.concatMap((plan) -> plan(monigo, plan, metrics.getT1(), metrics.getT2())
					.map((found) -> Map.entry(plan, found)))
				.collectMap(Map.Entry::getKey, Map.Entry::getValue)
				.map((plans) -> new BillingCatalog(metrics.getT1(), metrics.getT2(), plans)));
	}

	/** The Monigo plan of a sample plan. */
	public Plan plan(SamplePlan plan) {
		return this.plans.get(plan);
	}

	/** The sample plan of a Monigo plan, if it is one. */
	public Optional<SamplePlan> samplePlan(String planId) {
		return this.plans.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().id().equals(planId))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** A metric's name, or its id when it is not one of the catalog's. */
	public String metricName(String metricId) {
		return Map.of(this.requests.id(), this.requests.name(), this.tokens.id(), this.tokens.name())
			.getOrDefault(metricId, metricId);
	}

	private static Mono<Metric> metric(MonigoClient monigo, CreateMetricRequest wanted) {
		return monigo.metrics()
			.list()
			.filter((metric) -> metric.eventName().equals(wanted.eventName())
					&& metric.aggregation() == wanted.aggregation()
					&& Objects.equals(metric.aggregationProperty(), wanted.aggregationProperty()))
			.next()
			.switchIfEmpty(Mono.defer(() -> monigo.metrics().create(wanted)));
	}

	private static Mono<Plan> plan(MonigoClient monigo, SamplePlan plan, Metric requests, Metric tokens) {
		return monigo.plans()
			.list()
			.filter((existing) -> existing.name().equals(plan.planName()))
			.next()
			.switchIfEmpty(Mono.defer(() -> monigo.plans().create(plan.createRequest(requests, tokens))));
	}

}
