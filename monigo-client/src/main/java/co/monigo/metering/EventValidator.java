package co.monigo.metering;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.IngestEvent;

/**
 * Checks at record time what would make Monigo refuse an event later, so the caller hears about it.
 * Event name and customer are checked by {@link IngestEvent} itself. Used by every recorder, and by
 * whatever holds events back before recording them (so a bad event still fails at its call).
 */
public final class EventValidator {

	private EventValidator() {
	}

	/**
	 * @throws IllegalArgumentException naming the property whose value is not JSON
	 */
	public static IngestEvent check(IngestEvent event) {
		if (event == null) {
			throw new IllegalArgumentException("event must not be null");
		}
		Map<String, Object> properties = event.properties();
		if (properties != null) {
			// forEach with a non-capturing method reference: no entry or iterator per event.
			properties.forEach(EventValidator::checkProperty);
		}
		return event;
	}

	private static void checkProperty(String name, @Nullable Object value) {
		checkValue("properties", name, value);
	}

	/** The path is only put together when a value is refused: the record path stays free of allocations. */
	private static void checkValue(String parent, String name, @Nullable Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
				|| value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof BigDecimal || value instanceof BigInteger) {
			return;
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw new IllegalArgumentException(parent + "." + name + " must be a finite number, was " + number);
			}
			return;
		}
		String path = parent + "." + name;
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!(entry.getKey() instanceof String key)) {
					throw new IllegalArgumentException(path + " must have text keys, has " + entry.getKey());
				}
				checkValue(path, key, entry.getValue());
			}
			return;
		}
		if (value instanceof Collection<?> list) {
			int index = 0;
			for (Object element : list) {
				checkValue(path, "[" + index++ + "]", element);
			}
			return;
		}
		throw new IllegalArgumentException(path + " must be text, a number, a boolean, a list or a map, was a "
				+ value.getClass().getName());
	}

}
