package co.monigo.benchmarks.outage;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What puts load on the sample application's metered endpoint: {@link Wrk} (closed loop) or
 * {@link OpenLoopLoad} (a fixed rate, latency from each request's intended start).
 */
interface LoadTool {

	/** One line saying how the load is made, for the results. */
	String describe();

	/** Loads {@code uri} for {@code duration}, billing {@code customerId}; writes its output to {@code output}. */
	WrkResult run(URI uri, String customerId, Duration duration, Path output) throws IOException, InterruptedException;

}
