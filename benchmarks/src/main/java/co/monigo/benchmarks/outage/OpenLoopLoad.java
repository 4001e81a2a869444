package co.monigo.benchmarks.outage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Open-loop load at a fixed rate, as {@code wrk2} makes it: request {@code i} is due at
 * {@code start + i / rate} whatever became of the earlier ones, and its latency counts from when it was
 * due, not from when it could be sent, so a stall shows in full instead of pausing the load (no
 * coordinated omission). Latencies go into an HdrHistogram (µs, 3 significant digits). Requests are sent
 * asynchronously by the JDK's {@code HttpClient} (HTTP/1.1); at most {@code maxOutstanding} at once,
 * beyond which a due request waits for a slot, its wait counted in its latency. A request without an
 * answer within 30 s counts as an error, as with wrk.
 */
final class OpenLoopLoad implements LoadTool {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String BODY = "{\"prompt\":\"Summarize our quarterly sales report in three bullet points\"}";

	private final int requestsPerSecond;

	private final int maxOutstanding;

	OpenLoopLoad(int requestsPerSecond, int maxOutstanding) {
		if (requestsPerSecond < 1 || maxOutstanding < 1) {
			throw new IllegalArgumentException("need a positive rate and at least one request outstanding");
		}
		this.requestsPerSecond = requestsPerSecond;
		this.maxOutstanding = maxOutstanding;
	}

	@Override
	public String describe() {
		return String.format("open loop at %,d requests/s (latency from each request's intended start, HdrHistogram), "
				+ "at most %,d outstanding, JDK HttpClient", this.requestsPerSecond, this.maxOutstanding);
	}

	@Override
	public WrkResult run(URI uri, String customerId, Duration duration, Path output) throws IOException,
			InterruptedException {
		Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
		LongAdder errors = new LongAdder();
		LongAdder non2xx = new LongAdder();
		Semaphore outstanding = new Semaphore(this.maxOutstanding);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("X-Customer-Id", customerId)
			.POST(HttpRequest.BodyPublishers.ofString(BODY))
			.build();
		var executor = Executors.newFixedThreadPool(2);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).build();
		long interval = 1_000_000_000L / this.requestsPerSecond;
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		long sent = 0;
		long sendingEnded;
		try {
			for (long due = start; due < end; due = start + sent * interval) {
				long wait = due - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				outstanding.acquire();
				long intended = due;
				http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
					latencies.recordValue(Math.max(0, (System.nanoTime() - intended) / 1000));
					if (failure != null) {
						errors.increment();
					}
					else if (response.statusCode() / 100 != 2) {
						non2xx.increment();
					}
					outstanding.release();
				});
				sent++;
			}
			sendingEnded = System.nanoTime();
			outstanding.acquire(this.maxOutstanding);
		}
		finally {
			executor.shutdownNow();
		}
		// the rate over the sending window: the wait for the last answers is not part of it
		Duration took = Duration.ofNanos(sendingEnded - start);
		WrkResult result = new WrkResult(sent, took, latencies.getValueAtPercentile(50),
				latencies.getValueAtPercentile(90), latencies.getValueAtPercentile(99),
				latencies.getValueAtPercentile(99.9), latencies.getMaxValue(), errors.sum(), non2xx.sum());
		Files.writeString(output, describe() + "\n" + result + "\n");
		return result;
	}

}
