package co.monigo.client.model;

import java.math.BigDecimal;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An {@code overage} price: {@code basePrice} covers {@code includedUnits}; each unit beyond costs
 * {@code overagePrice}.
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record OverageTiers(long includedUnits, BigDecimal basePrice, BigDecimal overagePrice) implements PriceTiers {

}
