package co.monigo.client.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The body of a customer creation. Start with {@link #of(String, String)}, add optional fields with
 * the {@code with} methods.
 *
 * @param externalId your own id for the customer
 * @param name the customer's display name
 * @param email optional contact email
 * @param phone optional phone number, E.164
 * @param metadata optional free-form data
 */
public record CreateCustomerRequest(String externalId, String name, @Nullable String email, @Nullable String phone,
		@Nullable Map<String, Object> metadata) {

	public CreateCustomerRequest {
		Checks.requireText(externalId, "external_id");
		Checks.requireText(name, "name");
		metadata = (metadata != null) ? Map.copyOf(metadata) : null;
	}

	public static CreateCustomerRequest of(String externalId, String name) {
		return new CreateCustomerRequest(externalId, name, null, null, null);
	}

	public CreateCustomerRequest withEmail(String email) {
		return new CreateCustomerRequest(this.externalId, this.name, email, this.phone, this.metadata);
	}

	public CreateCustomerRequest withPhone(String phone) {
		return new CreateCustomerRequest(this.externalId, this.name, this.email, phone, this.metadata);
	}

	public CreateCustomerRequest withMetadata(Map<String, Object> metadata) {
		return new CreateCustomerRequest(this.externalId, this.name, this.email, this.phone, metadata);
	}

}
