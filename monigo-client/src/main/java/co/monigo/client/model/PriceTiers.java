package co.monigo.client.model;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code tiers} of a price, whose shape depends on the model: a list of graduated tiers
 * ({@code tiered}, {@code volume}, {@code weighted_tiered}), a package, or an overage allowance.
 * Read by the JSON shape, so it round-trips exactly whatever the model says.
 */
@JsonDeserialize(using = PriceTiersDeserializer.class)
public sealed interface PriceTiers permits GraduatedTiers, PackageTiers, OverageTiers {

}
