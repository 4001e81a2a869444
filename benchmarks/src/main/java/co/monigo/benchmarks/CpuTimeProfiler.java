package co.monigo.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation of the benchmark's whole JVM, split into the {@link LoopbackIngestServer}'s
 * threads and the rest (the client under test, the JMH thread, GC and JIT). On a machine shared with
 * other work, CPU time per event moves much less than the wall-clock rate, and it bounds the rate: on
 * {@code n} cores at most {@code n / cpu-per-event}. Use with {@code -prof co.monigo.benchmarks.CpuTimeProfiler}.
 */
public class CpuTimeProfiler implements InternalProfiler {

	/** The label of the CPU time per operation of everything but the server. */
	static final String CLIENT = "cpu.client.norm";

	/** The label of the server's CPU time per operation. */
	static final String SERVER = "cpu.server.norm";

	private final com.sun.management.OperatingSystemMXBean os = ManagementFactory
		.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);

	private long processStart;

	private long inProcessServerStart;

	private long forkedServerStart;

	private long wallStart;

	@Override
	public String getDescription() {
		return "CPU time per operation: the whole process, and the loopback ingest server's share";
	}

	@Override
	public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
		this.processStart = this.os.getProcessCpuTime();
		this.inProcessServerStart = LoopbackIngestServer.cpuTimeNanos();
		this.forkedServerStart = ForkedIngestServer.cpuTimeNanos();
		this.wallStart = System.nanoTime();
	}

	@Override
	public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
			IterationParams iterationParams, IterationResult result) {
		long wall = System.nanoTime() - this.wallStart;
		long process = this.os.getProcessCpuTime() - this.processStart;
		long inProcessServer = LoopbackIngestServer.cpuTimeNanos() - this.inProcessServerStart;
		long server = inProcessServer + ForkedIngestServer.cpuTimeNanos() - this.forkedServerStart;
		long ops = result.getMetadata().getAllOps();
		if (ops == 0) {
			return List.of();
		}
		return List.of(
				new ScalarResult(CLIENT, (double) (process - inProcessServer) / ops, "ns/op", AggregationPolicy.AVG),
				new ScalarResult(SERVER, (double) server / ops, "ns/op", AggregationPolicy.AVG),
				new ScalarResult("cpu.cores.used", (double) process / wall, "cores", AggregationPolicy.AVG));
	}

}
