package co.monigo.client.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The body of a customer update: only the fields that are set are sent and changed.
 */
public record UpdateCustomerRequest(@Nullable String name, @Nullable String email, @Nullable String phone,
		@Nullable Map<String, Object> metadata) {

	public UpdateCustomerRequest {
		metadata = (metadata != null) ? Map.copyOf(metadata) : null;
	}

	/** An update that changes nothing yet. */
	public static UpdateCustomerRequest empty() {
		return new UpdateCustomerRequest(null, null, null, null);
	}

	public UpdateCustomerRequest withName(String name) {
		return new UpdateCustomerRequest(Checks.requireText(name, "name"), this.email, this.phone, this.metadata);
	}

	public UpdateCustomerRequest withEmail(String email) {
		return new UpdateCustomerRequest(this.name, email, this.phone, this.metadata);
	}

	public UpdateCustomerRequest withPhone(String phone) {
		return new UpdateCustomerRequest(this.name, this.email, phone, this.metadata);
	}

	public UpdateCustomerRequest withMetadata(Map<String, Object> metadata) {
		return new UpdateCustomerRequest(this.name, this.email, this.phone, metadata);
	}

}
