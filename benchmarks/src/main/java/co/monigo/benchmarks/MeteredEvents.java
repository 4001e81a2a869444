package co.monigo.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

import co.monigo.client.model.IngestEvent;

/**
 * Events shaped as {@code @Metered} makes them before the recorder stamps them: an event name, a
 * customer id from a small set, one numeric property built through a {@code LinkedHashMap} as the
 * aspect does; no idempotency key and no timestamp (the recorder assigns both).
 */
public final class MeteredEvents {

	static final String EVENT_NAME = "api_call";

	private static final String[] CUSTOMERS = { "cus_01HZX4ACME", "cus_01HZX4GLOBEX", "cus_01HZX4INITECH",
			"cus_01HZX4UMBRELLA", "cus_01HZX4HOOLI", "cus_01HZX4STARK", "cus_01HZX4WAYNE", "cus_01HZX4TYRELL" };

	private static final String[] MODELS = { "gpt-4o-mini", "claude-sonnet", "llama-3-70b", "mistral-large" };

	private static final String[] REGIONS = { "eu-west-1", "us-east-1", "ap-south-1" };

	private MeteredEvents() {
	}

	/** The {@code index}-th event: customers in turn, a quantity between 100 and 4,099 tokens. */
	public static IngestEvent unstamped(int index) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("tokens", 100 + (index % 4000));
		return IngestEvent.of(EVENT_NAME, CUSTOMERS[index % CUSTOMERS.length]).withProperties(properties);
	}

	/**
	 * The {@code index}-th realistic event: a customer id and five properties (model, region, endpoint,
	 * request id, tokens), every string a new object, as if parsed from the request that made it.
	 */
	public static IngestEvent realistic(int index) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("model", new String(MODELS[index % MODELS.length]));
		properties.put("region", new String(REGIONS[index % REGIONS.length]));
		properties.put("endpoint", "/v1/chat/completions/" + (index % 16));
		properties.put("request_id", "req_01J" + Integer.toHexString(0x10000000 + index));
		properties.put("tokens", 100 + (index % 4000));
		return IngestEvent.of(EVENT_NAME, new String(CUSTOMERS[index % CUSTOMERS.length])).withProperties(properties);
	}

	/** How many distinct customers the events are spread over. */
	static int customers() {
		return CUSTOMERS.length;
	}

}
