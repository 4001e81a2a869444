package co.monigo.client.service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.internal.ApiRequest;
import co.monigo.client.internal.MonigoTransport;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.Plan;
import co.monigo.client.model.UpdatePlanRequest;

/**
 * The billing plans and their prices: {@code /v1/plans}.
 */
public final class PlanService {

	private static final String ONE = "plan";

	private static final String MANY = "plans";

	private final MonigoTransport transport;

	public PlanService(MonigoTransport transport) {
		this.transport = transport;
	}

	public Mono<Plan> create(CreatePlanRequest request) {
		return create(request, RequestOptions.none());
	}

	public Mono<Plan> create(CreatePlanRequest request, RequestOptions options) {
		return this.transport.object(ApiRequest.post("/v1/plans").body(request), options, ONE, Plan.class);
	}

	public Flux<Plan> list() {
		return list(RequestOptions.none());
	}

	public Flux<Plan> list(RequestOptions options) {
		return this.transport.list(ApiRequest.get("/v1/plans"), options, MANY, Plan.class);
	}

	public Mono<Plan> get(String planId) {
		return get(planId, RequestOptions.none());
	}

	public Mono<Plan> get(String planId, RequestOptions options) {
		return this.transport.object(ApiRequest.get("/v1/plans/{}", planId), options, ONE, Plan.class);
	}

	public Mono<Plan> update(String planId, UpdatePlanRequest request) {
		return update(planId, request, RequestOptions.none());
	}

	/**
	 * Changes the fields set in {@code request}; each of its prices with an id changes that price, each
	 * without one is added to the plan.
	 */
	public Mono<Plan> update(String planId, UpdatePlanRequest request, RequestOptions options) {
		return this.transport.object(ApiRequest.put("/v1/plans/{}", planId).body(request), options, ONE,
				Plan.class);
	}

	public Mono<Void> delete(String planId) {
		return delete(planId, RequestOptions.none());
	}

	public Mono<Void> delete(String planId, RequestOptions options) {
		return this.transport.noContent(ApiRequest.delete("/v1/plans/{}", planId), options);
	}

}
