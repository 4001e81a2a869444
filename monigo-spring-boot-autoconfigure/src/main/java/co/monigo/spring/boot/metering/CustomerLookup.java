package co.monigo.spring.boot.metering;

import reactor.core.publisher.Mono;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.MonigoClient;
import co.monigo.client.core.RequestOptions;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;

/**
 * Maps one external id to its Monigo customer id with one {@code GET /v1/customers/{external_id}}
 * (Monigo looks a customer up by {@code external_id} when the path's id is no customer id), and, when
 * asked to, creates the customer that is not found.
 */
final class CustomerLookup {

	private final MonigoClient client;

	private final boolean createMissing;

	CustomerLookup(MonigoClient client, boolean createMissing) {
		this.client = client;
		this.createMissing = createMissing;
	}

	/**
	 * The Monigo id of the customer with this external id; empty when Monigo has none (and none is to
	 * be created); an error when the look-up failed otherwise (the server or the network).
	 */
	Mono<String> monigoIdOf(String externalId) {
		return this.client.customers()
			.get(externalId)
			.map(Customer::id)
			.onErrorResume(CustomerLookup::isNotFound, (notFound) -> create(externalId));
	}

	private Mono<String> create(String externalId) {
		if (!this.createMissing) {
			return Mono.empty();
		}
		return this.client.customers()
			.create(CreateCustomerRequest.of(externalId, externalId),
					RequestOptions.idempotencyKey("monigo-create-customer-" + externalId))
			.map(Customer::id);
	}

	private static boolean isNotFound(Throwable failure) {
		return failure instanceof MonigoApiException api && api.isNotFound();
	}

}
