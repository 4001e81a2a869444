package co.monigo.benchmarks.outage;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What one ingest mode gave in one round.
 *
 * @param mode what ingest did during the measurement
 * @param round which round of the run, from 1
 * @param load what wrk measured
 * @param before the pipeline when the measurement started (after the warm-up)
 * @param after the pipeline when it ended
 * @param ingestServed ingest requests the emulator served normally during the measurement
 * @param ingestFaulted ingest requests it failed (answered 503 or held) during the measurement
 * @param appCpu CPU time the application used during the measurement, all its threads
 * @param drain how long the pending usage took to drain once ingest was healthy again, or null if it
 * did not within the benchmark's patience
 */
record ModeResult(IngestOutage mode, int round, WrkResult load, PipelineSnapshot before, PipelineSnapshot after,
		long ingestServed, long ingestFaulted, Duration appCpu, @Nullable Duration drain) {

	/**
	 * The share of the usage recorded during the measurement that was not dropped: delivered, or still
	 * pending when it ended.
	 */
	double retainedShare() {
		long recorded = this.after.recorded() - this.before.recorded();
		long dropped = this.after.dropped() - this.before.dropped();
		return (recorded > 0) ? 1 - (double) dropped / recorded : 1;
	}

	/**
	 * The application's CPU time per request served, in microseconds: what the mode costs the
	 * application, less sensitive than latency to other work on the machine.
	 */
	double appCpuMicrosPerRequest() {
		return this.appCpu.toNanos() / 1000.0 / this.load.requests();
	}

	/** The mode, and the round when there are several, e.g. {@code 503 (round 2)}. */
	String label(boolean severalRounds) {
		return severalRounds ? this.mode.label() + " (round " + this.round + ")" : this.mode.label();
	}

	/** This mode's p99 latency over {@code baseline}'s. */
	double p99Ratio(ModeResult baseline) {
		return (double) this.load.p99Micros() / baseline.load.p99Micros();
	}

}
