package co.monigo.spring.boot.metering;

import java.time.Duration;

import org.springframework.context.SmartLifecycle;

import co.monigo.metering.BatchingUsageRecorder;

/**
 * Starts a {@link BatchingUsageRecorder} with the application context and, when the context stops,
 * drains it within the shutdown timeout: events waiting for their customer's Monigo id get the chance to
 * be recorded, then it stops accepting events, delivers what is pending, and counts whatever is left,
 * waiting or pending, as dropped ({@code shutdown}).
 */
public class UsageRecorderLifecycle implements SmartLifecycle {

	/**
	 * Below the web server's phases ({@code SmartLifecycle.DEFAULT_PHASE - 1024} for graceful shutdown,
	 * {@code - 2048} for start and stop). Lifecycles stop from the highest phase down, so the recorder
	 * stops only once the server takes no more requests and the requests in progress have recorded
	 * their usage; and it starts before the server accepts the first request. Reactor's resources
	 * (phase 0) stop after it, so the drain still has its connections.
	 */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private final BatchingUsageRecorder recorder;

	private final Duration shutdownTimeout;

	public UsageRecorderLifecycle(BatchingUsageRecorder recorder, Duration shutdownTimeout) {
		this.recorder = recorder;
		this.shutdownTimeout = shutdownTimeout;
	}

	@Override
	public void start() {
		this.recorder.start();
	}

	/** Blocks up to the shutdown timeout, plus the moment the dispatcher thread takes to end. */
	@Override
	public void stop() {
		this.recorder.shutdown(this.shutdownTimeout);
	}

	@Override
	public boolean isRunning() {
		return this.recorder.isRunning();
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
