package co.monigo.metering;

/**
 * Hears what the pipeline does, for metrics. Called from the pipeline's threads; must be fast.
 */
public interface PipelineListener {

	/** A batch of this many events is about to be sent for the first time. */
	default void batchSent(int size) {
	}

	/**
	 * One ingest request ended.
	 * @param outcome {@code success}, {@code retry}, {@code paused} or {@code refused}
	 * @param status the HTTP status, or 0 when there was no answer
	 * @param nanos how long the request took
	 */
	default void requestCompleted(String outcome, int status, long nanos) {
	}

	/** A batch will be sent again after a failure. */
	default void retried() {
	}

}
