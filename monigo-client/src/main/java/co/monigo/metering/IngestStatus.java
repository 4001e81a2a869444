package co.monigo.metering;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a recorder, for health, the actuator endpoint and logs. Holds no secret.
 *
 * @param state whether the pipeline delivers, and if not why
 * @param recorded events recorded
 * @param delivered events Monigo ingested
 * @param duplicates events Monigo already had (delivered before, by their idempotency key)
 * @param rejected events Monigo refused, handed to the dead-letter handler
 * @param dropped events given up on, by reason tag
 * @param pending events buffered or being delivered
 * @param waiting events held in front of the recorder, not recorded yet (waiting for their customer's
 * Monigo id); not in {@code recorded}
 * @param capacity how many events the buffer holds
 * @param oldestPendingAge how long the oldest pending event has waited (by its timestamp), zero when none
 * @param lastSuccess when a batch was last delivered
 * @param lastError the last delivery error, without secrets
 * @param recovered events found in the journal at start, left by an earlier run
 * @param unknown events whose request was on its way at the shutdown timeout, with the journal off
 * @param failureStreak ingest attempts failed in a row since the last success
 * @param inFlightLimit how many batches may be on their way now (adaptive)
 * @param journal the journal's state, or null when events are kept in memory only
 */
public record IngestStatus(PipelineState state, long recorded, long delivered, long duplicates, long rejected,
		Map<String, Long> dropped, long pending, long waiting, int capacity, Duration oldestPendingAge,
		@Nullable Instant lastSuccess, @Nullable String lastError, long recovered, long unknown, int failureStreak,
		int inFlightLimit, @Nullable JournalStatus journal) {

	/** The sum of every drop reason. */
	public long droppedTotal() {
		return this.dropped.values().stream().mapToLong(Long::longValue).sum();
	}

}
