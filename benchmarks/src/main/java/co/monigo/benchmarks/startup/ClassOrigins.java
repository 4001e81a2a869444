package co.monigo.benchmarks.startup;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many classes a JVM loaded from each origin (a jar of the application, the JDK), read from its
 * {@code -Xlog:class+load} log.
 *
 * @param counts classes loaded, by origin
 */
record ClassOrigins(Map<String, Integer> counts) {

	/** Classes the JVM made at run time (lambdas, proxies, generated accessors), whatever their host. */
	static final String GENERATED = "generated at run time (lambdas, proxies)";

	private static final Pattern SOURCE = Pattern.compile(" source: (.*)$");

	private static final Pattern NESTED_JAR = Pattern.compile("BOOT-INF/lib/([^!/]+\\.jar)");

	ClassOrigins {
		counts = Map.copyOf(counts);
	}

	/** Reads a {@code -Xlog:class+load} log. */
	static ClassOrigins parse(String log) {
		Map<String, Integer> counts = new HashMap<>();
		for (String line : log.split("\n")) {
			Matcher source = SOURCE.matcher(line);
			if (source.find()) {
				counts.merge(origin(source.group(1)), 1, Integer::sum);
			}
		}
		return new ClassOrigins(counts);
	}

	private static String origin(String source) {
		Matcher jar = NESTED_JAR.matcher(source);
		if (jar.find()) {
			return jar.group(1);
		}
		if (source.contains("BOOT-INF/classes")) {
			return "application classes";
		}
		if (source.startsWith("shared objects file")) {
			return "JDK (class data sharing archive)";
		}
		if (source.startsWith("jrt:/")) {
			return "JDK " + source.substring("jrt:/".length());
		}
		if (source.startsWith("file:") || source.startsWith("jar:")) {
			return "Spring Boot launcher";
		}
		return GENERATED;
	}

	/** All classes loaded. */
	int total() {
		return this.counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The origins that loaded more classes here than in {@code baseline}, most first, with how many more. */
	Map<String, Integer> moreThan(ClassOrigins baseline) {
		Map<String, Integer> more = new LinkedHashMap<>();
		this.counts.entrySet()
			.stream()
			.map((origin) -> Map.entry(origin.getKey(),
					origin.getValue() - baseline.counts.getOrDefault(origin.getKey(), 0)))
			.filter((origin) -> origin.getValue() > 0)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((origin) -> more.put(origin.getKey(), origin.getValue()));
		return more;
	}

}
