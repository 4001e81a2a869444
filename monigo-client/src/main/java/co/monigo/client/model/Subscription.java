package co.monigo.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A customer's subscription to a plan. A customer holds at most one active subscription per plan type.
 */
public record Subscription(String id, String orgId, String customerId, String planId, SubscriptionStatus status,
		Instant currentPeriodStart, Instant currentPeriodEnd, @Nullable Instant trialEndsAt, Instant createdAt,
		Instant updatedAt) {
}
