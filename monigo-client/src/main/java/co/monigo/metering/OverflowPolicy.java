package co.monigo.metering;

/**
 * What {@link UsageRecorder#record} does when the buffer is full.
 */
public enum OverflowPolicy {

	/** Refuse the new event at once: counted as dropped ({@code queue_full}) and dead-lettered. Never blocks. */
	DROP_NEW,

	/**
	 * Wait for room up to the configured bound, then drop ({@code block_timeout}). Blocks the recording
	 * thread: use only where that thread is not serving a request.
	 */
	BLOCK

}
