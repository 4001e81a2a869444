package co.monigo.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Tiers of a {@code tiered}, {@code volume} or {@code weighted_tiered} price; on the wire, an array.
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record GraduatedTiers(@JsonValue List<Tier> tiers) implements PriceTiers {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public GraduatedTiers {
		tiers = List.copyOf(Checks.requireValue(tiers, "tiers"));
	}

	public static GraduatedTiers of(Tier... tiers) {
		return new GraduatedTiers(List.of(tiers));
	}

}
