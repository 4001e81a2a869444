package co.monigo.client.service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.internal.ApiRequest;
import co.monigo.client.internal.MonigoTransport;
import co.monigo.client.model.CreateMetricRequest;
import co.monigo.client.model.Metric;
import co.monigo.client.model.UpdateMetricRequest;

/**
 * The metrics that turn ingested events into billable usage: {@code /v1/metrics}.
 */
public final class MetricService {

	private static final String ONE = "metric";

	private static final String MANY = "metrics";

	private final MonigoTransport transport;

	public MetricService(MonigoTransport transport) {
		this.transport = transport;
	}

	public Mono<Metric> create(CreateMetricRequest request) {
		return create(request, RequestOptions.none());
	}

	public Mono<Metric> create(CreateMetricRequest request, RequestOptions options) {
		return this.transport.object(ApiRequest.post("/v1/metrics").body(request), options, ONE, Metric.class);
	}

	public Flux<Metric> list() {
		return list(RequestOptions.none());
	}

	public Flux<Metric> list(RequestOptions options) {
		return this.transport.list(ApiRequest.get("/v1/metrics"), options, MANY, Metric.class);
	}

	public Mono<Metric> get(String metricId) {
		return get(metricId, RequestOptions.none());
	}

	public Mono<Metric> get(String metricId, RequestOptions options) {
		return this.transport.object(ApiRequest.get("/v1/metrics/{}", metricId), options, ONE, Metric.class);
	}

	public Mono<Metric> update(String metricId, UpdateMetricRequest request) {
		return update(metricId, request, RequestOptions.none());
	}

	public Mono<Metric> update(String metricId, UpdateMetricRequest request, RequestOptions options) {
		return this.transport.object(ApiRequest.put("/v1/metrics/{}", metricId).body(request), options, ONE,
				Metric.class);
	}

	public Mono<Void> delete(String metricId) {
		return delete(metricId, RequestOptions.none());
	}

	public Mono<Void> delete(String metricId, RequestOptions options) {
		return this.transport.noContent(ApiRequest.delete("/v1/metrics/{}", metricId), options);
	}

}
