package co.monigo.test.emulator;

import java.time.Instant;
import java.util.List;

import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.UpdateCustomerRequest;

/**
 * {@code /v1/customers}: create, list, get, update, delete. A second customer with the same
 * {@code external_id} answers 409. A get whose id is no customer's id looks the customer up by
 * {@code external_id} instead; update and delete take the Monigo id only. Deleting a customer leaves what refers to it in place.
 */
final class CustomerHandler {

	Reply create(Call call) {
		return Reply.created("customer",
				create(call.store(), Ids.uuid(), call.body(CreateCustomerRequest.class), call.now()));
	}

	/** Stores a new customer with this id; 409 when its external id is taken. */
	static Customer create(ModeStore store, String id, CreateCustomerRequest request, Instant now) {
		for (Customer existing : store.customers.values()) {
			if (request.externalId().equals(existing.externalId())) {
				throw ApiError.conflict(
						"a customer with external_id " + request.externalId() + " already exists: " + existing.id());
			}
		}
		Customer customer = new Customer(id, Ids.ORG_ID, request.externalId(), request.name(),
				request.email(), request.phone(), request.metadata(), now, now);
		store.customers.put(customer.id(), customer);
		return customer;
	}

	Reply list(Call call) {
		return Reply.list("customers", List.copyOf(call.store().customers.values()));
	}

	/** By Monigo id or, when no customer has that id, by {@code external_id}, as Monigo falls back. */
	Reply get(Call call) {
		String id = call.path("id");
		Customer customer = call.store().customerByIdOrExternalId(id);
		if (customer == null) {
			throw ApiError.notFound("customer", id);
		}
		return Reply.ok("customer", customer);
	}

	Reply update(Call call) {
		Customer current = call.store().customer(call.path("id"));
		UpdateCustomerRequest request = call.body(UpdateCustomerRequest.class);
		Customer updated = new Customer(current.id(), current.orgId(), current.externalId(),
				(request.name() != null) ? request.name() : current.name(),
				(request.email() != null) ? request.email() : current.email(),
				(request.phone() != null) ? request.phone() : current.phone(),
				(request.metadata() != null) ? request.metadata() : current.metadata(), current.createdAt(),
				call.now());
		call.store().customers.put(updated.id(), updated);
		return Reply.ok("customer", updated);
	}

	Reply delete(Call call) {
		Customer customer = call.store().customer(call.path("id"));
		call.store().customers.remove(customer.id());
		return Reply.noContent();
	}

}
