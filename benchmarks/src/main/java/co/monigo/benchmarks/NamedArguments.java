package co.monigo.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A benchmark main's {@code --name=value} arguments, each name one of those the main knows.
 */
public final class NamedArguments {

	private final Map<String, String> values = new LinkedHashMap<>();

	private NamedArguments() {
	}

	/**
	 * @throws IllegalArgumentException naming the argument, when one is not {@code --name=value} or its
	 * name is not one of {@code known}
	 */
	public static NamedArguments parse(String[] args, List<String> known) {
		NamedArguments arguments = new NamedArguments();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("arguments are --name=value, was " + arg);
			}
			String name = arg.substring(2, equals);
			if (!known.contains(name)) {
				throw new IllegalArgumentException("unknown argument " + arg + "; known: "
						+ known.stream().map((each) -> "--" + each).collect(Collectors.joining(", ")));
			}
			arguments.values.put(name, arg.substring(equals + 1));
		}
		return arguments;
	}

	/** The value given for the name, read by {@code reader}, or the default when none was given. */
	public <T> T get(String name, Function<String, T> reader, T defaultValue) {
		String value = this.values.get(name);
		return (value != null) ? reader.apply(value) : defaultValue;
	}

	/** The value given for the name, read by {@code reader}, or null when none was given. */
	public <T> @Nullable T find(String name, Function<String, T> reader) {
		String value = this.values.get(name);
		return (value != null) ? reader.apply(value) : null;
	}

}
