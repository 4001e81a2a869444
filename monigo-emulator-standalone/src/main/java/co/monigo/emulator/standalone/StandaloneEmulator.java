package co.monigo.emulator.standalone;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import co.monigo.test.emulator.MonigoEmulator;
import co.monigo.test.emulator.MonigoEmulatorBuilder;

/**
 * Runs a {@link MonigoEmulator} until the process is stopped (Ctrl-C, SIGTERM), and prints where it
 * listens and which keys it accepts. Exits with 2 on a bad argument or seed, 1 when it cannot listen.
 */
public final class StandaloneEmulator {

	private StandaloneEmulator() {
	}

	public static void main(String[] args) throws InterruptedException {
		StandaloneOptions options;
		try {
			options = StandaloneOptions.parse(Arrays.asList(args), System.getenv());
		}
		catch (IllegalArgumentException invalid) {
			System.err.println("monigo-emulator: " + invalid.getMessage());
			System.err.print(StandaloneOptions.USAGE);
			System.exit(2);
			return;
		}
		if (options.help()) {
			System.out.print(StandaloneOptions.USAGE);
			return;
		}
		MonigoEmulatorBuilder builder = options.applyTo(MonigoEmulator.builder());
		if (options.seed() != null && !seeded(builder, options.seed())) {
			System.exit(2);
			return;
		}
		MonigoEmulator emulator;
		try {
			emulator = builder.start();
		}
		catch (IllegalArgumentException refusedSeed) {
			System.err.println("monigo-emulator: cannot load the seed " + options.seed() + ": " + refusedSeed.getMessage());
			System.exit(2);
			return;
		}
		catch (RuntimeException cannotListen) {
			System.err.println("monigo-emulator: cannot listen on " + options.host() + ":" + options.port() + ": "
					+ cannotListen.getMessage());
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			stopped.countDown();
		}, "monigo-emulator-shutdown"));
		printBanner(System.out, emulator, options);
		stopped.await();
	}

	private static boolean seeded(MonigoEmulatorBuilder builder, Path seed) {
		try {
			builder.seed(Files.readAllBytes(seed));
			return true;
		}
		catch (IOException unreadable) {
			System.err.println("monigo-emulator: cannot read the seed " + seed + ": " + unreadable.getMessage());
			return false;
		}
	}

	static void printBanner(PrintStream out, MonigoEmulator emulator, StandaloneOptions options) {
		String url = emulator.baseUrl();
		out.println("Monigo emulator listening on " + url);
		out.println("  API keys:      any key starting mk_test_ (test mode) or mk_live_ (live mode), e.g. "
				+ MonigoEmulator.TEST_API_KEY);
		out.println("  State:         " + url + "/_emulator/state");
		out.println("  Clock:         " + url + "/_emulator/clock  (POST {\"advance\": \"P1D\"} or {\"set\": \"2026-12-01T00:00:00Z\"})");
		out.println("  Subscriptions: " + options.subscriptionRule());
		out.flush();
	}

}
