package co.monigo.client.service;


import reactor.core.publisher.Flux;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.internal.ApiRequest;
import co.monigo.client.internal.MonigoTransport;
import co.monigo.client.model.UsageQuery;
import co.monigo.client.model.UsageRollup;

/**
 * Aggregated usage per customer and metric: {@code /v1/usage}. Without a time range the server answers
 * for the current billing period.
 */
public final class UsageService {

	private static final String MANY = "rollups";

	private final MonigoTransport transport;

	public UsageService(MonigoTransport transport) {
		this.transport = transport;
	}

	/** Every customer's usage of every metric in the current billing period. */
	public Flux<UsageRollup> query() {
		return query(UsageQuery.currentPeriod());
	}

	/** The usage rollups matching every field set in the query. */
	public Flux<UsageRollup> query(UsageQuery query) {
		return query(query, RequestOptions.none());
	}

	/** The usage rollups matching every field set in the query. */
	public Flux<UsageRollup> query(UsageQuery query, RequestOptions options) {
		ApiRequest request = ApiRequest.get("/v1/usage")
			.query("customer_id", query.customerId())
			.query("metric_id", query.metricId())
			.query("from", query.from())
			.query("to", query.to());
		return this.transport.list(request, options, MANY, UsageRollup.class);
	}

}
