package co.monigo.client.service;

import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.internal.ApiRequest;
import co.monigo.client.internal.MonigoTransport;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.SubscriptionFilter;
import co.monigo.client.model.SubscriptionStatus;

/**
 * Customers' subscriptions to plans: {@code /v1/subscriptions}. Pausing, resuming and canceling are
 * status changes of the same subscription; a second active subscription of one plan type answers 409.
 */
public final class SubscriptionService {

	private static final String ONE = "subscription";

	private static final String MANY = "subscriptions";

	private final MonigoTransport transport;

	public SubscriptionService(MonigoTransport transport) {
		this.transport = transport;
	}

	public Mono<Subscription> create(CreateSubscriptionRequest request) {
		return create(request, RequestOptions.none());
	}

	public Mono<Subscription> create(CreateSubscriptionRequest request, RequestOptions options) {
		return this.transport.object(ApiRequest.post("/v1/subscriptions").body(request), options, ONE,
				Subscription.class);
	}

	/** Every subscription of the organisation. */
	public Flux<Subscription> list() {
		return list(SubscriptionFilter.all());
	}

	/** The subscriptions matching every field set in the filter. */
	public Flux<Subscription> list(SubscriptionFilter filter) {
		return list(filter, RequestOptions.none());
	}

	public Flux<Subscription> list(SubscriptionFilter filter, RequestOptions options) {
		ApiRequest request = ApiRequest.get("/v1/subscriptions")
			.query("customer_id", filter.customerId())
			.query("plan_id", filter.planId())
			.query("status", filter.status());
		return this.transport.list(request, options, MANY, Subscription.class);
	}

	public Mono<Subscription> get(String subscriptionId) {
		return get(subscriptionId, RequestOptions.none());
	}

	public Mono<Subscription> get(String subscriptionId, RequestOptions options) {
		return this.transport.object(ApiRequest.get("/v1/subscriptions/{}", subscriptionId), options, ONE,
				Subscription.class);
	}

	/** Pauses billing; events are still accepted while paused. */
	public Mono<Subscription> pause(String subscriptionId) {
		return pause(subscriptionId, RequestOptions.none());
	}

	/** Pauses billing; events are still accepted while paused. */
	public Mono<Subscription> pause(String subscriptionId, RequestOptions options) {
		return updateStatus(subscriptionId, SubscriptionStatus.PAUSED, options);
	}

	/** Makes a paused subscription active again. */
	public Mono<Subscription> resume(String subscriptionId) {
		return resume(subscriptionId, RequestOptions.none());
	}

	/** Makes a paused subscription active again. */
	public Mono<Subscription> resume(String subscriptionId, RequestOptions options) {
		return updateStatus(subscriptionId, SubscriptionStatus.ACTIVE, options);
	}

	/** Cancels the subscription: it is no longer billed. */
	public Mono<Subscription> cancel(String subscriptionId) {
		return cancel(subscriptionId, RequestOptions.none());
	}

	/** Cancels the subscription: it is no longer billed. */
	public Mono<Subscription> cancel(String subscriptionId, RequestOptions options) {
		return updateStatus(subscriptionId, SubscriptionStatus.CANCELED, options);
	}

	/**
	 * Sets the subscription's status, as {@link #pause}, {@link #resume} and {@link #cancel} do.
	 * @throws IllegalArgumentException if the status is {@link SubscriptionStatus#UNKNOWN}
	 */
	public Mono<Subscription> updateStatus(String subscriptionId, SubscriptionStatus status) {
		return updateStatus(subscriptionId, status, RequestOptions.none());
	}

	/**
	 * Sets the subscription's status, as {@link #pause}, {@link #resume} and {@link #cancel} do.
	 * @throws IllegalArgumentException if the status is {@link SubscriptionStatus#UNKNOWN}
	 */
	public Mono<Subscription> updateStatus(String subscriptionId, SubscriptionStatus status,
			RequestOptions options) {
		if (status == null || status == SubscriptionStatus.UNKNOWN) {
			throw new IllegalArgumentException("status must be active, paused or canceled, was " + status);
		}
		ApiRequest request = ApiRequest.patch("/v1/subscriptions/{}", subscriptionId)
			.body(Map.of("status", status));
		return this.transport.object(request, options, ONE, Subscription.class);
	}

	public Mono<Void> delete(String subscriptionId) {
		return delete(subscriptionId, RequestOptions.none());
	}

	public Mono<Void> delete(String subscriptionId, RequestOptions options) {
		return this.transport.noContent(ApiRequest.delete("/v1/subscriptions/{}", subscriptionId), options);
	}

}
