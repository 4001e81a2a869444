package co.monigo.benchmarks.startup.app;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.sun.management.OperatingSystemMXBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

/**
 * Prints, once the application is ready, one line the startup benchmark reads:
 * {@code startup-benchmark ready_ms=... jvm_uptime_ms=... main_cpu_ms=... process_cpu_ms=...
 * classes_loaded=... beans=...}, where {@code ready_ms} is Spring's own start time (from
 * {@code SpringApplication.run} to ready), {@code jvm_uptime_ms} counts from the JVM's start, and the
 * CPU times (the main thread's, which runs the startup, and the whole process's, with the JIT and GC
 * threads) are less disturbed than wall-clock times by other work on the machine. When Spring's startup
 * steps were recorded, also prints every step with the time of its own (without its nested steps), the
 * slowest first, one {@code startup-step} line each.
 */
@Component
class ReadyReporter implements ApplicationListener<ApplicationReadyEvent> {

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		long mainThreadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		long processCpu = (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os)
				? os.getProcessCpuTime() : -1;
		System.out.printf(
				"startup-benchmark ready_ms=%d jvm_uptime_ms=%d main_cpu_ms=%d process_cpu_ms=%d classes_loaded=%d beans=%d%n",
				event.getTimeTaken().toMillis(), uptime, mainThreadCpu / 1_000_000, processCpu / 1_000_000,
				ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(),
				event.getApplicationContext().getBeanDefinitionCount());
		if (event.getApplicationContext().getApplicationStartup() instanceof BufferingApplicationStartup steps) {
			printSteps(steps.getBufferedTimeline().getEvents());
		}
	}

	private static void printSteps(List<TimelineEvent> events) {
		Map<Long, Duration> nested = new HashMap<>();
		for (TimelineEvent event : events) {
			Long parent = event.getStartupStep().getParentId();
			if (parent != null) {
				nested.merge(parent, event.getDuration(), Duration::plus);
			}
		}
		events.stream()
			.sorted(Comparator.comparing((TimelineEvent event) -> own(event, nested)).reversed())
			.forEach((event) -> System.out.printf("startup-step own_us=%d total_us=%d %s %s%n",
					own(event, nested).toNanos() / 1000, event.getDuration().toNanos() / 1000,
					event.getStartupStep().getName(), tags(event.getStartupStep())));
	}

	private static Duration own(TimelineEvent event, Map<Long, Duration> nested) {
		return event.getDuration().minus(nested.getOrDefault(event.getStartupStep().getId(), Duration.ZERO));
	}

	private static String tags(StartupStep step) {
		return StreamSupport.stream(step.getTags().spliterator(), false)
			.map((tag) -> tag.getKey() + "=" + tag.getValue())
			.collect(Collectors.joining(" "));
	}

}
