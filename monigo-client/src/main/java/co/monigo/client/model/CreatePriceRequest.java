package co.monigo.client.model;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One price of a plan being created: how usage of one metric is charged. Start with
 * {@link #of(String, PriceModel)}, then give {@code flat_unit} and {@code per_unit} a
 * {@link #withUnitPrice(BigDecimal) unit price} and the other models their {@link #withTiers(PriceTiers)
 * tiers}: {@link GraduatedTiers} for {@code tiered}, {@code volume} and {@code weighted_tiered},
 * {@link PackageTiers} for {@code package}, {@link OverageTiers} for {@code overage}. Tiers of the wrong
 * shape for the model are refused here; a missing unit price or missing tiers are left to the server.
 *
 * @param metricId the metric whose usage this price charges
 * @param model the pricing model
 * @param unitPrice the price per unit, for the flat models
 * @param tiers the model's tiers, for the other models
 */
public record CreatePriceRequest(String metricId, PriceModel model, @Nullable BigDecimal unitPrice,
		@Nullable PriceTiers tiers) {

	public CreatePriceRequest {
		Checks.requireText(metricId, "metric_id");
		Checks.requireKnown(model, "model");
		if (unitPrice != null) {
			Checks.requireNonNegative(unitPrice, "unit_price");
		}
		PriceChecks.requireTiersFit(model, tiers);
	}

	public static CreatePriceRequest of(String metricId, PriceModel model) {
		return new CreatePriceRequest(metricId, model, null, null);
	}

	public CreatePriceRequest withUnitPrice(BigDecimal unitPrice) {
		return new CreatePriceRequest(this.metricId, this.model, Checks.requireValue(unitPrice, "unit_price"),
				this.tiers);
	}

	public CreatePriceRequest withTiers(PriceTiers tiers) {
		return new CreatePriceRequest(this.metricId, this.model, this.unitPrice, Checks.requireValue(tiers, "tiers"));
	}

}
