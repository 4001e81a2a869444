package co.monigo.emulator.standalone;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import co.monigo.test.emulator.MonigoEmulatorBuilder;

/**
 * The standalone emulator's settings, from its arguments first and then its environment: {@code --port}
 * ({@code MONIGO_EMULATOR_PORT}, default {@value #DEFAULT_PORT}), {@code --host}
 * ({@code MONIGO_EMULATOR_HOST}, default 127.0.0.1), {@code --several-active-subscriptions}
 * ({@code MONIGO_EMULATOR_SEVERAL_ACTIVE_SUBSCRIPTIONS=true}) and {@code --seed FILE}
 * ({@code MONIGO_EMULATOR_SEED}). Values go as {@code --port 12111} or
 * {@code --port=12111}.
 *
 * @param host the address to listen on
 * @param port the port to listen on; 0 for a random free one
 * @param severalActiveSubscriptions whether a customer may hold several active subscriptions of one
 * plan type
 * @param seed a JSON file of customers, metrics and plans to load at start, if any
 * @param help whether {@code --help} was asked for
 */
record StandaloneOptions(String host, int port, boolean severalActiveSubscriptions, @Nullable Path seed,
		boolean help) {

	/** stripe-mock's port, which tools made for a local billing API stand-in often assume. */
	static final int DEFAULT_PORT = 12111;

	static final String USAGE = """
			Usage: java -jar monigo-emulator.jar [--port N] [--host ADDRESS] [--several-active-subscriptions]
			  --port N                        port to listen on (env MONIGO_EMULATOR_PORT; default 12111; 0 for any free port)
			  --host ADDRESS                  address to listen on (env MONIGO_EMULATOR_HOST; default 127.0.0.1; 0.0.0.0 for all)
			  --seed FILE                     load customers, metrics and plans from a JSON file (env MONIGO_EMULATOR_SEED)
			  --several-active-subscriptions  let a customer hold several active subscriptions of one plan type
			                                  (env MONIGO_EMULATOR_SEVERAL_ACTIVE_SUBSCRIPTIONS=true; default: at most one, 409)
			  --help                          show this and exit
			""";

	/**
	 * Reads the arguments, falling back to the environment for what they do not set.
	 * @throws IllegalArgumentException naming the argument or variable at fault
	 */
	static StandaloneOptions parse(List<String> args, Map<String, String> environment) {
		String host = environment.getOrDefault("MONIGO_EMULATOR_HOST", "127.0.0.1");
		String port = environment.get("MONIGO_EMULATOR_PORT");
		String portSource = "MONIGO_EMULATOR_PORT";
		boolean several = Boolean.parseBoolean(
				environment.getOrDefault("MONIGO_EMULATOR_SEVERAL_ACTIVE_SUBSCRIPTIONS", "false").strip());
		String seed = environment.get("MONIGO_EMULATOR_SEED");
		boolean help = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			int equals = arg.indexOf('=');
			String name = (equals < 0) ? arg : arg.substring(0, equals);
			switch (name) {
				case "--port" -> {
					port = value(args, i, equals);
					portSource = "--port";
				}
				case "--host" -> host = value(args, i, equals);
				case "--seed" -> seed = value(args, i, equals);
				case "--several-active-subscriptions" -> several = true;
				case "--help", "-h" -> help = true;
				default -> throw new IllegalArgumentException("unknown argument " + arg);
			}
			if (equals < 0 && (name.equals("--port") || name.equals("--host") || name.equals("--seed"))) {
				i++;
			}
		}
		return new StandaloneOptions(host, (port != null) ? port(port, portSource) : DEFAULT_PORT, several,
				(seed != null && !seed.isBlank()) ? Path.of(seed) : null, help);
	}

	private static String value(List<String> args, int index, int equals) {
		String arg = args.get(index);
		if (equals >= 0) {
			return arg.substring(equals + 1);
		}
		if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
			throw new IllegalArgumentException(arg + " needs a value");
		}
		return args.get(index + 1);
	}

	private static int port(String value, String source) {
		try {
			int port = Integer.parseInt(value.strip());
			if (port >= 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException notANumber) {
			// answered below
		}
		throw new IllegalArgumentException(source + " must be a port from 0 to 65535, was '" + value + "'");
	}

	/** An emulator builder with these settings. */
	MonigoEmulatorBuilder applyTo(MonigoEmulatorBuilder builder) {
		return builder.host(this.host).port(this.port).severalActiveSubscriptions(this.severalActiveSubscriptions);
	}

	/** How the subscription rule reads in the start-up banner. */
	String subscriptionRule() {
		return this.severalActiveSubscriptions ? "several active per plan type allowed"
				: "at most one active per plan type (--several-active-subscriptions to allow more)";
	}

}
