package co.monigo.spring.boot.actuate;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import co.monigo.client.MonigoClient;
import co.monigo.metering.IngestStatus;
import co.monigo.metering.UsageRecorder;

/**
 * The {@code monigo} actuator endpoint: the ingest pipeline's state and counters (read), and a flush
 * that sends what is buffered now instead of after the linger interval (write). Shows the key's mode
 * and the base URL, never the key.
 */
@Endpoint(id = "monigo")
public class MonigoEndpoint {

	private final UsageRecorder recorder;

	private final @Nullable MonigoClient client;

	private final Duration flushTimeout;

	/**
	 * @param recorder the recorder to show and flush
	 * @param client the client, for its key mode and base URL; null when Monigo is disabled
	 * @param flushTimeout how long a flush waits for the buffered events to be settled
	 */
	public MonigoEndpoint(UsageRecorder recorder, @Nullable MonigoClient client, Duration flushTimeout) {
		this.recorder = recorder;
		this.client = client;
		this.flushTimeout = flushTimeout;
	}

	@ReadOperation
	public PipelineDescriptor pipeline() {
		IngestStatus status = this.recorder.status();
		return new PipelineDescriptor(status.state().name(),
				(this.client != null) ? this.client.keyMode().name().toLowerCase(Locale.ROOT) : null,
				(this.client != null) ? this.client.baseUrl() : null, status.recorded(), status.delivered(),
				status.duplicates(), status.rejected(), status.droppedTotal(), status.dropped(), status.pending(),
				status.waiting(), status.capacity(), status.oldestPendingAge().toString(),
				(status.lastSuccess() != null) ? status.lastSuccess().toString() : null, status.lastError());
	}

	/**
	 * Sends the buffered events and waits, up to the flush timeout, until every event recorded before
	 * the call is delivered, rejected or dropped; events waiting for their customer's Monigo id at the
	 * call are waited for first. {@code completed} is false when the wait ran out (Monigo is slow, down or
	 * refusing the key, or a customer is not found): the events are still pending or waiting, not lost.
	 */
	@WriteOperation
	public FlushDescriptor flush() {
		boolean completed;
		try {
			this.recorder.flush().get(this.flushTimeout.toNanos(), TimeUnit.NANOSECONDS);
			completed = true;
		}
		catch (TimeoutException | ExecutionException notSettled) {
			completed = false;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			completed = false;
		}
		return new FlushDescriptor(completed, pipeline());
	}

	/**
	 * The pipeline at one moment.
	 *
	 * @param state {@code RUNNING}, {@code DISABLED}, or why it does not deliver
	 * @param keyMode {@code test}, {@code live} or {@code unknown}; null without a client
	 * @param baseUrl the Monigo API the events go to; null without a client
	 * @param recorded events recorded
	 * @param delivered events Monigo ingested
	 * @param duplicates events Monigo already had
	 * @param rejected events Monigo refused
	 * @param dropped events given up on, all reasons
	 * @param droppedByReason events given up on, by reason
	 * @param pending events buffered or on their way
	 * @param waitingForCustomer events waiting for their customer's Monigo id, not recorded yet
	 * @param capacity how many events the buffer holds
	 * @param oldestPendingAge how long the oldest pending event has waited, ISO-8601
	 * @param lastSuccess when a batch was last delivered, ISO-8601; null before the first
	 * @param lastError the last delivery error; null before the first
	 */
	public record PipelineDescriptor(String state, @Nullable String keyMode, @Nullable String baseUrl, long recorded,
			long delivered, long duplicates, long rejected, long dropped, Map<String, Long> droppedByReason,
			long pending, long waitingForCustomer, int capacity, String oldestPendingAge,
			@Nullable String lastSuccess, @Nullable String lastError) implements OperationResponseBody {

	}

	/**
	 * The outcome of a flush.
	 *
	 * @param completed whether every event recorded before the flush was settled within the timeout
	 * @param pipeline the pipeline after the flush
	 */
	public record FlushDescriptor(boolean completed, PipelineDescriptor pipeline) implements OperationResponseBody {

	}

}
