package co.monigo.benchmarks.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of Spring's startup steps, from a {@code startup-step} line of the application's output.
 *
 * @param ownMicros time of the step itself, without its nested steps
 * @param totalMicros time of the step with its nested steps
 * @param step the step's name and the tags that tell it apart in both applications, e.g.
 * {@code spring.beans.instantiate beanName=monigoClient}
 */
record StartupStepLine(long ownMicros, long totalMicros, String step) {

	private static final Pattern LINE = Pattern.compile("^startup-step own_us=(\\d+) total_us=(\\d+) (.*)$",
			Pattern.MULTILINE);

	/**
	 * What differs between runs or applications for the same step: an object's identity
	 * ({@code ...Processor@749c877b}), a count ({@code classCount=66}), the bean's type (its name says it).
	 */
	private static final Pattern VARYING = Pattern.compile("@[0-9a-f]+\\b| \\w+Count=\\d+| beanType=.*$");

	/** The steps in the application's output, as printed (slowest first). */
	static List<StartupStepLine> parse(String output) {
		Matcher line = LINE.matcher(output);
		List<StartupStepLine> steps = new ArrayList<>();
		while (line.find()) {
			steps.add(new StartupStepLine(Long.parseLong(line.group(1)), Long.parseLong(line.group(2)),
					VARYING.matcher(line.group(3).strip()).replaceAll("").strip()));
		}
		return steps;
	}

}
