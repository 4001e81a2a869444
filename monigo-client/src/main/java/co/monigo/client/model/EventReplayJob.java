package co.monigo.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A job re-processing the events received between {@code fromTimestamp} and {@code toTimestamp}
 * (only those named {@code eventName} when set). Poll it until {@link ReplayStatus#isFinished()}.
 */
public record EventReplayJob(String id, @Nullable String orgId, @Nullable String initiatedBy, ReplayStatus status,
		Instant fromTimestamp, Instant toTimestamp, @Nullable String eventName, boolean isTest, long eventsTotal,
		long eventsReplayed, @Nullable String errorMessage, @Nullable Instant startedAt,
		@Nullable Instant completedAt, @Nullable Instant createdAt, @Nullable Instant updatedAt) {
}
