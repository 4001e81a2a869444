package co.monigo.client.model;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A customer you bill. {@code externalId} is your own id for it; {@code id} is Monigo's.
 */
public record Customer(String id, @Nullable String orgId, @Nullable String externalId, @Nullable String name,
		@Nullable String email, @Nullable String phone, @Nullable Map<String, Object> metadata,
		@Nullable Instant createdAt, @Nullable Instant updatedAt) {
}
