package co.monigo.spring.boot.actuate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import co.monigo.client.MonigoClient;
import co.monigo.metering.UsageRecorder;

/**
 * The {@code monigo} actuator endpoint: the ingest pipeline's state and counters and the last flush
 * (read), and a flush that sends what is buffered now instead of after the linger interval (write).
 * The flush is started and answered at once, never waited for on the request thread; the read shows
 * its progress. Shows the key's mode and the base URL, never the key.
 */
@Endpoint(id = "monigo")
public class MonigoEndpoint {

	private final UsageRecorder recorder;

	private final @Nullable MonigoClient client;

	private final FlushTracker flushes;

	/**
	 * @param recorder the recorder to show and flush
	 * @param client the client, for its key mode and base URL; null when Monigo is disabled
	 * @param flushTimeout how long a flush may take before it is reported {@code timed_out}
	 */
	public MonigoEndpoint(UsageRecorder recorder, @Nullable MonigoClient client, Duration flushTimeout) {
		this.recorder = recorder;
		this.client = client;
		this.flushes = new FlushTracker(recorder, flushTimeout);
	}

	/**
	 * The pipeline now: {@code state} ({@code RUNNING}, {@code DISABLED}, or why it does not deliver),
	 * {@code keyMode} and {@code baseUrl} (without a client, absent), the counters (see
	 * {@link IngestStatusDetails}) and {@code lastFlush} once a flush was asked for.
	 */
	@ReadOperation
	public Map<String, Object> pipeline() {
		Map<String, Object> pipeline = new LinkedHashMap<>();
		if (this.client != null) {
			pipeline.put("keyMode", this.client.keyMode().name().toLowerCase(Locale.ROOT));
			pipeline.put("baseUrl", this.client.baseUrl());
		}
		pipeline.putAll(IngestStatusDetails.of(this.recorder.status()));
		FlushTracker.Flush last = this.flushes.last();
		if (last != null) {
			pipeline.put("lastFlush", last.describe(this.flushes.timeout()));
		}
		return pipeline;
	}

	/**
	 * Starts sending the buffered events (after the events waiting for their customer's Monigo id) and
	 * answers at once with what was pending and waiting when it started; a flush asked for while one runs
	 * joins it. {@code GET} shows its progress in {@code lastFlush}: {@code running}, {@code completed},
	 * or {@code timed_out} when Monigo is slow, down or refusing the key (the events are still pending,
	 * not lost).
	 */
	@WriteOperation
	public Map<String, Object> flush() {
		return this.flushes.start().describe(this.flushes.timeout());
	}

}
