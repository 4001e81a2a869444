package co.monigo.benchmarks.journal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.IngestEvent;

/**
 * The events the storage comparison writes, as the pipeline writes them to its journal: the JSON of
 * {@code MonigoJson.write(event)}.
 */
final class StoredEvents {

	private static final Instant START = Instant.parse("2026-02-01T10:00:00Z");

	private StoredEvents() {
	}

	/** A typical event: one property, about 150 bytes of JSON. */
	static IngestEvent typical(long n) {
		return IngestEvent.of("api_call", "cus_" + (n % 10_000))
			.withIdempotencyKey(new UUID(0x5eed_0000_0000_0000L + n, n * 0x9E3779B97F4A7C15L).toString())
			.withTimestamp(START.plusMillis(n))
			.withProperty("tokens", 1500 + (int) (n % 500));
	}

	/** A realistic event with five properties. */
	static IngestEvent fiveProperties(long n) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("tokens", 1500 + (int) (n % 500));
		properties.put("model", "gpt-4o-mini");
		properties.put("region", "eu-west-1");
		properties.put("endpoint", "/v1/chat/completions");
		properties.put("status", 200);
		return IngestEvent.of("api_call", "cus_" + (n % 10_000))
			.withIdempotencyKey(new UUID(0x5eed_0000_0000_0000L + n, n * 0x9E3779B97F4A7C15L).toString())
			.withTimestamp(START.plusMillis(n))
			.withProperties(properties);
	}

	static byte[] json(String shape, long n) {
		return MonigoJson.write(switch (shape) {
			case "typical" -> typical(n);
			case "five" -> fiveProperties(n);
			default -> throw new IllegalArgumentException("event shape typical or five, was " + shape);
		});
	}

}
