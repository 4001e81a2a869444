package co.monigo.client.service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.internal.ApiRequest;
import co.monigo.client.internal.MonigoTransport;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.UpdateCustomerRequest;

/**
 * The customers you bill: {@code /v1/customers}.
 */
public final class CustomerService {

	private static final String ONE = "customer";

	private static final String MANY = "customers";

	private final MonigoTransport transport;

	public CustomerService(MonigoTransport transport) {
		this.transport = transport;
	}

	public Mono<Customer> create(CreateCustomerRequest request) {
		return create(request, RequestOptions.none());
	}

	public Mono<Customer> create(CreateCustomerRequest request, RequestOptions options) {
		return this.transport.object(ApiRequest.post("/v1/customers").body(request), options, ONE, Customer.class);
	}

	public Flux<Customer> list() {
		return list(RequestOptions.none());
	}

	public Flux<Customer> list(RequestOptions options) {
		return this.transport.list(ApiRequest.get("/v1/customers"), options, MANY, Customer.class);
	}

	public Mono<Customer> get(String customerId) {
		return get(customerId, RequestOptions.none());
	}

	public Mono<Customer> get(String customerId, RequestOptions options) {
		return this.transport.object(ApiRequest.get("/v1/customers/{}", customerId), options, ONE, Customer.class);
	}

	public Mono<Customer> update(String customerId, UpdateCustomerRequest request) {
		return update(customerId, request, RequestOptions.none());
	}

	public Mono<Customer> update(String customerId, UpdateCustomerRequest request, RequestOptions options) {
		return this.transport.object(ApiRequest.put("/v1/customers/{}", customerId).body(request), options, ONE,
				Customer.class);
	}

	public Mono<Void> delete(String customerId) {
		return delete(customerId, RequestOptions.none());
	}

	public Mono<Void> delete(String customerId, RequestOptions options) {
		return this.transport.noContent(ApiRequest.delete("/v1/customers/{}", customerId), options);
	}

}
