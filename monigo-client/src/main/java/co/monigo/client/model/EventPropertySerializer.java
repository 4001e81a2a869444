package co.monigo.client.model;

import java.math.BigDecimal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link BigDecimal} event property as a JSON number, exactly: quantities are numbers for
 * Monigo's aggregations, while the client's mapper writes every other {@code BigDecimal} (money) as a
 * string.
 */
final class EventPropertySerializer extends ValueSerializer<Object> {

	@Override
	public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
		if (value instanceof BigDecimal number) {
			generator.writeNumber(number);
		}
		else {
			context.writeValue(generator, value);
		}
	}

}
