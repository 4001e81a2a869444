package co.monigo.client.model;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads {@link PriceTiers} by its JSON shape: an array is graduated tiers, an object with
 * {@code package_size} a package, an object with {@code included_units} or {@code overage_price} an
 * overage allowance.
 */
final class PriceTiersDeserializer extends ValueDeserializer<PriceTiers> {

	@Override
	public PriceTiers deserialize(JsonParser parser, DeserializationContext context) {
		JsonNode node = context.readTree(parser);
		if (node.isArray()) {
			return context.readTreeAsValue(node, GraduatedTiers.class);
		}
		if (node.isObject() && node.has("package_size")) {
			return context.readTreeAsValue(node, PackageTiers.class);
		}
		if (node.isObject() && (node.has("included_units") || node.has("overage_price"))) {
			return context.readTreeAsValue(node, OverageTiers.class);
		}
		return context.reportInputMismatch(PriceTiers.class,
				"price tiers must be an array of {up_to, unit_amount}, a package {package_size, ...} "
						+ "or an overage {included_units, ...}, was: %s",
				node);
	}

}
