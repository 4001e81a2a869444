package co.monigo.client.model;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A {@code package} price: bundles of {@code packageSize} units at {@code packagePrice} each. A partial
 * bundle is charged whole unless {@code roundUpPartialBlock} is false (absent means true).
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record PackageTiers(long packageSize, BigDecimal packagePrice, @Nullable Boolean roundUpPartialBlock)
		implements PriceTiers {

	/** Whether a partial bundle is charged as a whole one (the default). */
	public boolean roundsUp() {
		return this.roundUpPartialBlock == null || this.roundUpPartialBlock;
	}

}
