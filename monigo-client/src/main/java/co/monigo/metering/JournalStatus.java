package co.monigo.metering;

import org.jspecify.annotations.Nullable;

/**
 * The journal's state, for health, the actuator endpoint and meters.
 *
 * @param directory where the journal's files are
 * @param bytes bytes its files take on disk
 * @param maxBytes the most bytes they may take
 * @param events events in the journal, not acknowledged yet
 * @param recovered events found at start, left by an earlier run
 * @param corrupt damaged records found at start and skipped
 * @param lastError why events could not be written lately, or null
 */
public record JournalStatus(String directory, long bytes, long maxBytes, long events, long recovered, long corrupt,
		@Nullable String lastError) {
}
