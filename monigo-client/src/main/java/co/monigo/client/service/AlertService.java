package co.monigo.client.service;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.internal.ApiRequest;
import co.monigo.client.internal.MonigoTransport;
import co.monigo.client.model.Alert;
import co.monigo.client.model.AlertFilter;
import co.monigo.client.model.AlertThreshold;
import co.monigo.client.model.CreateAlertRequest;

/**
 * Alerts on usage, cost and wallet balances: {@code /v1/alerts}. Monigo allows one alert per scope (a
 * second create answers 409, see {@code MonigoApiException#isConflict()}); a triggered alert reaches the
 * application as a webhook. The reference does not type the answers: the client reads the alert under
 * {@code alert} and lists under {@code alerts}, as every other resource answers.
 */
public final class AlertService {

	private static final String ONE = "alert";

	private static final String MANY = "alerts";

	private final MonigoTransport transport;

	public AlertService(MonigoTransport transport) {
		this.transport = transport;
	}

	public Mono<Alert> create(CreateAlertRequest request) {
		return create(request, RequestOptions.none());
	}

	public Mono<Alert> create(CreateAlertRequest request, RequestOptions options) {
		return this.transport.object(ApiRequest.post("/v1/alerts").body(request), options, ONE, Alert.class);
	}

	/** Every alert, in the server's default page. */
	public Flux<Alert> list() {
		return list(AlertFilter.all());
	}

	/** The alerts matching every field set in the filter, in the page it asks for. */
	public Flux<Alert> list(AlertFilter filter) {
		return list(filter, RequestOptions.none());
	}

	public Flux<Alert> list(AlertFilter filter, RequestOptions options) {
		ApiRequest request = ApiRequest.get("/v1/alerts")
			.query("type", filter.type())
			.query("scope", filter.scope())
			.query("customer_id", filter.customerId())
			.query("subscription_id", filter.subscriptionId())
			.query("plan_id", filter.planId())
			.query("limit", filter.limit())
			.query("offset", filter.offset());
		return this.transport.list(request, options, MANY, Alert.class);
	}

	public Mono<Alert> get(String alertId) {
		return get(alertId, RequestOptions.none());
	}

	public Mono<Alert> get(String alertId, RequestOptions options) {
		return this.transport.object(ApiRequest.get("/v1/alerts/{}", alertId), options, ONE, Alert.class);
	}

	/** Replaces the alert's thresholds; the only change the API allows on an alert. */
	public Mono<Alert> updateThresholds(String alertId, List<AlertThreshold> thresholds) {
		return updateThresholds(alertId, thresholds, RequestOptions.none());
	}

	/** Replaces the alert's thresholds; the only change the API allows on an alert. */
	public Mono<Alert> updateThresholds(String alertId, List<AlertThreshold> thresholds, RequestOptions options) {
		if (thresholds == null || thresholds.isEmpty()) {
			throw new IllegalArgumentException("thresholds must hold at least one threshold");
		}
		ApiRequest request = ApiRequest.put("/v1/alerts/{}", alertId).body(Map.of("thresholds", List.copyOf(thresholds)));
		return this.transport.object(request, options, ONE, Alert.class);
	}

	/** Deletes the alert (Monigo keeps it, soft-deleted, but no longer evaluates or lists it). */
	public Mono<Void> delete(String alertId) {
		return delete(alertId, RequestOptions.none());
	}

	public Mono<Void> delete(String alertId, RequestOptions options) {
		return this.transport.noContent(ApiRequest.delete("/v1/alerts/{}", alertId), options);
	}

	public Mono<Alert> enable(String alertId) {
		return enable(alertId, RequestOptions.none());
	}

	public Mono<Alert> enable(String alertId, RequestOptions options) {
		return this.transport.object(ApiRequest.post("/v1/alerts/{}/enable", alertId), options, ONE, Alert.class);
	}

	/** Stops evaluating the alert; its thresholds are kept for {@link #enable(String)}. */
	public Mono<Alert> disable(String alertId) {
		return disable(alertId, RequestOptions.none());
	}

	public Mono<Alert> disable(String alertId, RequestOptions options) {
		return this.transport.object(ApiRequest.post("/v1/alerts/{}/disable", alertId), options, ONE, Alert.class);
	}

}
