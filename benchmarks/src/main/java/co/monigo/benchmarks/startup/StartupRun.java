package co.monigo.benchmarks.startup;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One start of an application, from the {@code startup-benchmark} line its {@code ReadyReporter}
 * prints. Times in milliseconds.
 *
 * @param readyMillis Spring's start time, from {@code SpringApplication.run} to ready
 * @param jvmUptimeMillis time from the JVM's start to ready
 * @param mainCpuMillis CPU time of the main thread, which runs the startup, until ready
 * @param processCpuMillis CPU time of the whole process until ready (with the JIT and GC threads)
 * @param classesLoaded classes loaded until ready
 * @param beans bean definitions in the context
 */
record StartupRun(long readyMillis, long jvmUptimeMillis, long mainCpuMillis, long processCpuMillis,
		long classesLoaded, long beans) {

	private static final Pattern LINE = Pattern.compile("^startup-benchmark (.*)$", Pattern.MULTILINE);

	private static final Pattern FIELD = Pattern.compile("(\\w+)=(-?\\d+)");

	/**
	 * Reads the run from the application's whole output.
	 * @throws IllegalArgumentException when the output has no complete {@code startup-benchmark} line
	 */
	static StartupRun parse(String output) {
		Matcher line = LINE.matcher(output);
		if (!line.find()) {
			throw new IllegalArgumentException("no startup-benchmark line in the application's output");
		}
		Map<String, Long> fields = new HashMap<>();
		Matcher field = FIELD.matcher(line.group(1));
		while (field.find()) {
			fields.put(field.group(1), Long.parseLong(field.group(2)));
		}
		return new StartupRun(required(fields, "ready_ms"), required(fields, "jvm_uptime_ms"),
				required(fields, "main_cpu_ms"), required(fields, "process_cpu_ms"), required(fields, "classes_loaded"),
				required(fields, "beans"));
	}

	private static long required(Map<String, Long> fields, String name) {
		Long value = fields.get(name);
		if (value == null) {
			throw new IllegalArgumentException("startup-benchmark line has no " + name);
		}
		return value;
	}

}
