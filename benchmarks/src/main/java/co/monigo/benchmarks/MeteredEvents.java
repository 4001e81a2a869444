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

	private MeteredEvents() {
	}

	/** The {@code index}-th event: customers in turn, a quantity between 100 and 4,099 tokens. */
	public static IngestEvent unstamped(int index) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("tokens", 100 + (index % 4000));
		return IngestEvent.of(EVENT_NAME, CUSTOMERS[index % CUSTOMERS.length]).withProperties(properties);
	}

	/** How many distinct customers the events are spread over. */
	static int customers() {
		return CUSTOMERS.length;
	}

}
