package co.monigo.client.model;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One price in a plan update: with an {@code id} it changes that price ({@link #change(String)}), without
 * one it adds a price to the plan ({@link #add(String, PriceModel)}). Only the fields that are set are
 * sent. Tiers are checked as in {@link CreatePriceRequest}.
 *
 * @param id the price to change; absent to add a price
 * @param metricId the metric whose usage the price charges
 * @param model the pricing model
 * @param unitPrice the price per unit, for the flat models
 * @param tiers the model's tiers, for the other models
 */
public record UpdatePriceRequest(@Nullable String id, @Nullable String metricId, @Nullable PriceModel model,
		@Nullable BigDecimal unitPrice, @Nullable PriceTiers tiers) {

	public UpdatePriceRequest {
		if (id != null) {
			Checks.requireText(id, "id");
		}
		if (metricId != null) {
			Checks.requireText(metricId, "metric_id");
		}
		if (model != null) {
			Checks.requireKnown(model, "model");
		}
		if (unitPrice != null) {
			Checks.requireNonNegative(unitPrice, "unit_price");
		}
		PriceChecks.requireTiersFit(model, tiers);
	}

	/** Changes the plan's price {@code priceId}; set what changes with the {@code with} methods. */
	public static UpdatePriceRequest change(String priceId) {
		return new UpdatePriceRequest(Checks.requireText(priceId, "id"), null, null, null, null);
	}

	/** Adds a price for {@code metricId} to the plan. */
	public static UpdatePriceRequest add(String metricId, PriceModel model) {
		return new UpdatePriceRequest(null, Checks.requireText(metricId, "metric_id"),
				Checks.requireValue(model, "model"), null, null);
	}

	public UpdatePriceRequest withMetricId(String metricId) {
		return new UpdatePriceRequest(this.id, Checks.requireText(metricId, "metric_id"), this.model,
				this.unitPrice, this.tiers);
	}

	public UpdatePriceRequest withModel(PriceModel model) {
		return new UpdatePriceRequest(this.id, this.metricId, Checks.requireValue(model, "model"), this.unitPrice,
				this.tiers);
	}

	public UpdatePriceRequest withUnitPrice(BigDecimal unitPrice) {
		return new UpdatePriceRequest(this.id, this.metricId, this.model,
				Checks.requireValue(unitPrice, "unit_price"), this.tiers);
	}

	public UpdatePriceRequest withTiers(PriceTiers tiers) {
		return new UpdatePriceRequest(this.id, this.metricId, this.model, this.unitPrice,
				Checks.requireValue(tiers, "tiers"));
	}

}
