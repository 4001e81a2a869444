package co.monigo.benchmarks.outage;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample application's ingest pipeline at one moment, as its {@code monigo} actuator endpoint
 * shows it.
 *
 * @param state {@code RUNNING}, or why the pipeline does not deliver
 * @param recorded events recorded since the application started
 * @param delivered events Monigo ingested
 * @param dropped events given up on, all reasons
 * @param droppedByReason events given up on, by reason
 * @param pending events buffered or on their way
 * @param capacity how many events the buffer holds
 * @param lastError the last delivery error; null before the first
 */
record PipelineSnapshot(String state, long recorded, long delivered, long dropped, Map<String, Long> droppedByReason,
		long pending, int capacity, @Nullable String lastError) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	PipelineSnapshot {
		droppedByReason = Map.copyOf(droppedByReason);
	}

	/** Reads the endpoint's JSON. */
	static PipelineSnapshot parse(String json) {
		JsonNode pipeline = JSON.readTree(json);
		Map<String, Long> droppedByReason = new TreeMap<>();
		pipeline.path("droppedByReason")
			.properties()
			.forEach((reason) -> droppedByReason.put(reason.getKey(), reason.getValue().asLong()));
		JsonNode lastError = pipeline.path("lastError");
		return new PipelineSnapshot(pipeline.path("state").asString(), pipeline.path("recorded").asLong(),
				pipeline.path("delivered").asLong(), pipeline.path("dropped").asLong(), droppedByReason,
				pipeline.path("pending").asLong(), pipeline.path("capacity").asInt(),
				lastError.isNull() || lastError.isMissingNode() ? null : lastError.asString());
	}

	/**
	 * The events dropped since {@code earlier}, by reason ({@code reason: count}, comma separated), or
	 * {@code 0}.
	 */
	String droppedSince(PipelineSnapshot earlier) {
		StringBuilder dropped = new StringBuilder();
		new TreeMap<>(this.droppedByReason).forEach((reason, count) -> {
			long since = count - earlier.droppedByReason.getOrDefault(reason, 0L);
			if (since > 0) {
				dropped.append((dropped.length() > 0) ? ", " : "").append(reason)
					.append(": ")
					.append(String.format(Locale.ROOT, "%,d", since));
			}
		});
		return (dropped.length() > 0) ? dropped.toString() : "0";
	}

}
