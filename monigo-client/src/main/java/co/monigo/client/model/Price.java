package co.monigo.client.model;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One price of a plan: how usage of one metric is charged.
 */
public record Price(@Nullable String id, @Nullable String planId, @Nullable String metricId, PriceModel model,
		@Nullable BigDecimal unitPrice, @Nullable PriceTiers tiers, @Nullable Instant createdAt,
		@Nullable Instant updatedAt) {

	/** A price for local calculation, without server-assigned fields. */
	public static Price of(PriceModel model, @Nullable BigDecimal unitPrice, @Nullable PriceTiers tiers) {
		return new Price(null, null, null, model, unitPrice, tiers, null, null);
	}

}
