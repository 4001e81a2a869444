package co.monigo.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live heap after a full collection, by class: the in-process form of
 * {@code jcmd <pid> GC.class_histogram}, which collects before it counts.
 *
 * @param instances live instances by class name
 * @param bytes live bytes by class name
 * @param totalBytes all live bytes
 * @param usedAfterGc the heap's used bytes after the collection, as {@code MemoryMXBean} reports them
 */
record HeapCensus(Map<String, Long> instances, Map<String, Long> bytes, long totalBytes, long usedAfterGc) {

	private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

	private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

	/** Collects garbage, then counts what is left. */
	static HeapCensus take() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		String histogram = histogram();
		long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		Map<String, Long> instances = new HashMap<>();
		Map<String, Long> bytes = new HashMap<>();
		long total = 0;
		for (String line : histogram.split("\n")) {
			Matcher row = ROW.matcher(line);
			if (row.find()) {
				instances.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
				bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
				continue;
			}
			Matcher sum = TOTAL.matcher(line);
			if (sum.find()) {
				total = Long.parseLong(sum.group(2));
			}
		}
		return new HeapCensus(instances, bytes, total, used);
	}

	private static String histogram() {
		try {
			return (String) ManagementFactory.getPlatformMBeanServer()
				.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
						new Object[] { new String[0] }, new String[] { String[].class.getName() });
		}
		catch (JMException failure) {
			throw new IllegalStateException("the JVM did not give a class histogram", failure);
		}
	}

	/** Live bytes of this census beyond an earlier one. */
	long bytesSince(HeapCensus earlier) {
		return this.totalBytes - earlier.totalBytes;
	}

	/** Used heap after collection, beyond an earlier census. */
	long usedSince(HeapCensus earlier) {
		return this.usedAfterGc - earlier.usedAfterGc;
	}

	/** The classes whose live bytes grew most since an earlier census, with the growth per unit. */
	String growthSince(HeapCensus earlier, int units, int rows) {
		StringBuilder table = new StringBuilder(
				String.format("    %12s %10s  %s%n", "B per event", "per event", "class"));
		this.bytes.entrySet()
			.stream()
			.map((entry) -> Map.entry(entry.getKey(),
					entry.getValue() - earlier.bytes.getOrDefault(entry.getKey(), 0L)))
			.filter((entry) -> entry.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(rows)
			.forEach((entry) -> {
				long count = this.instances.getOrDefault(entry.getKey(), 0L)
						- earlier.instances.getOrDefault(entry.getKey(), 0L);
				table.append(String.format("    %12.1f %10.2f  %s%n", (double) entry.getValue() / units,
						(double) count / units, entry.getKey()));
			});
		return table.toString();
	}

}
