package co.monigo.metering;

import java.util.concurrent.CompletableFuture;

/**
 * A stage in front of a {@link BatchingUsageRecorder} that holds events before recording them, such
 * as the mapping of the application's own customer ids, where an event waits for its customer's Monigo
 * id. Once added with {@link BatchingUsageRecorder#addHoldingStage}, the recorder shows the events held
 * as waiting, its flush first waits for them, and its shutdown gives them the chance to be recorded
 * within the shutdown timeout, then has the stage drop the rest. What the stage gives up on it reports
 * with {@link BatchingUsageRecorder#recordDropped}, so the accounting adds up. Thread-safe.
 */
public interface HoldingStage {

	/** How many events are held now. */
	int heldCount();

	/**
	 * Completes once every event held at the call has been recorded or dropped; events that arrive
	 * later do not hold it up.
	 */
	CompletableFuture<Void> released();

	/** Drops every event held now, each through {@link BatchingUsageRecorder#recordDropped}. */
	void dropHeld(DropReason reason);

}
