package co.monigo.client.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import co.monigo.client.error.MonigoException;

/**
 * The client's own JSON mapping: snake_case fields, money as exact decimal strings, ISO-8601
 * instants, unknown fields ignored and unknown enum values read as {@code UNKNOWN}. Kept apart from
 * the application's mapper so that neither changes the other.
 */
public final class MonigoJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.withConfigOverride(BigDecimal.class,
				(override) -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
		.enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.addModule(new SimpleModule("monigo-instants").addSerializer(Instant.class, new IsoInstantSerializer()))
		.build();

	private MonigoJson() {
	}

	/** The mapper, for the pipeline, the emulator and tests that must speak the same JSON. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	public static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

	public static JsonNode parse(byte[] body) {
		if (body.length == 0) {
			return MAPPER.createObjectNode();
		}
		return MAPPER.readTree(body);
	}

	/** Reads the object under {@code field} of a response envelope. */
	public static <T> T field(JsonNode envelope, String field, Class<T> type) {
		JsonNode node = envelope.get(field);
		if (node == null || node.isNull()) {
			throw new MonigoException("Monigo's response has no '" + field + "' field");
		}
		return MAPPER.treeToValue(node, type);
	}

	/** Reads the array under {@code field} of a list envelope; an absent or null field is an empty list. */
	public static <T> List<T> list(JsonNode envelope, String field, Class<T> type) {
		JsonNode node = envelope.get(field);
		if (node == null || node.isNull()) {
			return List.of();
		}
		return MAPPER.readerForListOf(type).readValue(node);
	}

	public static <T> T convert(JsonNode node, Class<T> type) {
		return MAPPER.treeToValue(node, type);
	}

}
