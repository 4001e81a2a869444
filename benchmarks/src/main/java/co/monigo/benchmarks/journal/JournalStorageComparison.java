package co.monigo.benchmarks.journal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;

import co.monigo.benchmarks.TemporaryFolders;

/**
 * The storage comparison's timed steps, one per process, run by {@code benchmarks/scripts/journal-storage.sh}:
 * <ul>
 * <li>{@code write STORE EVENT N DIR}: appends N distinct events (prepared before the clock starts), one
 * per call, then closes; prints the time taken (the script then measures the files);</li>
 * <li>{@code recover STORE DIR}: opens the store and reads every unsettled event, as a new process
 * would at startup; prints the time to open and to read;</li>
 * <li>{@code settle STORE DIR ROUNDS PER_ROUND}: opens, reads the ids, then settles ROUNDS slices of
 * PER_ROUND events in batches of 1,000 (one transaction or write batch each, as Monigo acknowledges a
 * batch), timing each slice.</li>
 * <li>{@code rounds STORE EVENT N ROUNDS DIR}: in one process, ROUNDS times: a fresh store, N distinct
 * events appended (or as many as 5 s allow), closed and deleted; with the CPU time per append of the
 * appending thread and of the whole process. The first round warms the JIT up. An optional BATCH
 * appends that many events per transaction or write batch instead of one per call.</li>
 * </ul>
 * Output lines start with {@code RESULT} and hold {@code key=value} pairs.
 */
public final class JournalStorageComparison {

	private static final int SETTLE_BATCH = 1000;

	private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final com.sun.management.OperatingSystemMXBean PROCESS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private JournalStorageComparison() {
	}

	public static void main(String[] args) {
		switch (args[0]) {
			case "write" -> write(args[1], args[2], Integer.parseInt(args[3]), Path.of(args[4]));
			case "recover" -> recover(args[1], Path.of(args[2]));
			case "rounds" -> rounds(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
					Path.of(args[5]), (args.length > 6) ? Integer.parseInt(args[6]) : 1);
			case "settle" -> settle(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
			default -> throw new IllegalArgumentException("write, recover or settle, was " + args[0]);
		}
		System.exit(0); // some candidates leave non-daemon threads behind
	}

	private static void write(String kind, String shape, int count, Path directory) {
		byte[][] payloads = new byte[count][];
		long payloadBytes = 0;
		for (int i = 0; i < count; i++) {
			payloads[i] = StoredEvents.json(shape, i);
			payloadBytes += payloads[i].length;
		}
		long epochMillis = System.currentTimeMillis();
		long started = System.nanoTime();
		long opened;
		long appended;
		long threadCpu;
		long processCpu;
		try (EventStore store = EventStore.open(kind, directory)) {
			opened = System.nanoTime();
			long threadCpuAtStart = THREADS.getCurrentThreadCpuTime();
			long processCpuAtStart = PROCESS.getProcessCpuTime();
			for (int i = 0; i < count; i++) {
				store.append(payloads[i], epochMillis + i);
			}
			appended = System.nanoTime();
			threadCpu = THREADS.getCurrentThreadCpuTime() - threadCpuAtStart;
			processCpu = PROCESS.getProcessCpuTime() - processCpuAtStart;
		}
		long closed = System.nanoTime();
		// CPU time per append: the appending thread's own, and the whole process's (background threads, JIT, GC)
		System.out.printf("RESULT phase=write store=%s event=%s events=%d payload_bytes=%d open_ms=%.1f append_ms=%.1f"
				+ " close_ms=%.1f events_per_s=%.0f thread_cpu_ns=%.0f process_cpu_ns=%.0f%n", kind, shape, count,
				payloadBytes, (opened - started) / 1e6, (appended - opened) / 1e6, (closed - appended) / 1e6,
				count / ((appended - opened) / 1e9), (double) threadCpu / count, (double) processCpu / count);
	}

	private static void rounds(String kind, String shape, int count, int rounds, Path directory, int batch) {
		byte[][] payloads = new byte[count][];
		for (int i = 0; i < count; i++) {
			payloads[i] = StoredEvents.json(shape, i);
		}
		long epochMillis = System.currentTimeMillis();
		for (int round = 1; round <= rounds; round++) {
			Path into = directory.resolve("round-" + round);
			TemporaryFolders.delete(into);
			int appended = 0;
			long took;
			long threadCpu;
			long processCpu;
			try (EventStore store = EventStore.open(kind, into)) {
				long threadCpuAtStart = THREADS.getCurrentThreadCpuTime();
				long processCpuAtStart = PROCESS.getProcessCpuTime();
				long started = System.nanoTime();
				long deadline = started + 5_000_000_000L;
				if (batch == 1) {
					while (appended < count && ((appended & 1023) != 0 || System.nanoTime() < deadline)) {
						store.append(payloads[appended], epochMillis + appended);
						appended++;
					}
				}
				else {
					while (appended < count && System.nanoTime() < deadline) {
						int to = Math.min(count, appended + batch);
						store.appendBatch(payloads, appended, to, epochMillis + appended);
						appended = to;
					}
				}
				took = System.nanoTime() - started;
				threadCpu = THREADS.getCurrentThreadCpuTime() - threadCpuAtStart;
				processCpu = PROCESS.getProcessCpuTime() - processCpuAtStart;
			}
			TemporaryFolders.delete(into);
			System.out.printf("RESULT phase=%s store=%s event=%s round=%d events=%d events_per_s=%.0f"
					+ " thread_cpu_ns=%.0f process_cpu_ns=%.0f%n", (batch == 1) ? "write-round" : "batch-" + batch,
					kind, shape, round, appended, appended / (took / 1e9),
					(double) threadCpu / appended, (double) processCpu / appended);
		}
	}

	private static void recover(String kind, Path directory) {
		long started = System.nanoTime();
		long[] found = new long[2];
		long opened;
		long read;
		try (EventStore store = EventStore.open(kind, directory)) {
			opened = System.nanoTime();
			store.recover((id, payload) -> {
				found[0]++;
				found[1] += payload.length;
			});
			read = System.nanoTime();
		}
		System.out.printf("RESULT phase=recover store=%s events=%d payload_bytes=%d open_ms=%.1f read_ms=%.1f total_ms=%.1f%n",
				kind, found[0], found[1], (opened - started) / 1e6, (read - opened) / 1e6, (read - started) / 1e6);
	}

	private static void settle(String kind, Path directory, int rounds, int perRound) {
		try (EventStore store = EventStore.open(kind, directory)) {
			long[] ids = new long[1 << 20];
			int[] count = new int[1];
			long[][] holder = { ids };
			store.recover((id, payload) -> {
				if (count[0] == holder[0].length) {
					holder[0] = Arrays.copyOf(holder[0], holder[0].length * 2);
				}
				holder[0][count[0]++] = id;
			});
			ids = holder[0];
			int from = 0;
			for (int round = 1; round <= rounds && from + perRound <= count[0]; round++) {
				long started = System.nanoTime();
				for (int batch = from; batch < from + perRound; batch += SETTLE_BATCH) {
					store.settle(ids, batch, Math.min(batch + SETTLE_BATCH, from + perRound));
				}
				long took = System.nanoTime() - started;
				System.out.printf("RESULT phase=settle store=%s round=%d events=%d ms=%.1f events_per_s=%.0f%n", kind,
						round, perRound, took / 1e6, perRound / (took / 1e9));
				from += perRound;
			}
		}
	}

}
