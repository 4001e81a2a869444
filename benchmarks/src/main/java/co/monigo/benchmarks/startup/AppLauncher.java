package co.monigo.benchmarks.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts an application's executable jar in a JVM of its own, on a random port, and waits for it to
 * stop by itself once ready ({@code --startup.exit-when-ready=true}).
 */
final class AppLauncher {

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private AppLauncher() {
	}

	/**
	 * Runs {@code jar} to readiness and back; returns its whole output, also written to {@code log}.
	 * @param jvmOptions options for the application's JVM
	 */
	static String run(Path jar, List<String> jvmOptions, Path log) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(), "--startup.exit-when-ready=true", "--server.port=0"));
		Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!app.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
			app.destroyForcibly();
			throw new IllegalStateException(jar.getFileName() + " did not stop within " + TIMEOUT + "; see " + log);
		}
		if (app.exitValue() != 0) {
			throw new IllegalStateException(jar.getFileName() + " exited with " + app.exitValue() + "; see " + log);
		}
		return Files.readString(log, StandardCharsets.UTF_8);
	}

}
