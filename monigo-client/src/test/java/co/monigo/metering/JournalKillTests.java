package co.monigo.metering;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The journal's promise under a real crash: a child JVM records as fast as it can while Monigo is down
 * and is killed with SIGKILL at a seeded random moment; a second JVM started on the same directory with
 * Monigo up delivers every event whose {@code record()} had returned, each accepted once as new. The one
 * event allowed beyond the keys file is the one whose {@code record()} returned just before the kill,
 * before the child wrote its key down.
 */
class JournalKillTests {

	private static final long SEED = 20261130L;

	private static final int ROUNDS = 5;

	private static final Duration CHILD_WAIT = Duration.ofSeconds(120);

	@TempDir
	Path folder;

	private final List<Process> children = new ArrayList<>();

	private FakeIngestServer server;

	@AfterEach
	void cleanUp() {
		this.children.forEach(Process::destroyForcibly);
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void everyEventWhoseRecordReturnedBeforeASigkillIsDeliveredOnceByTheNextProcess() throws Exception {
		Random random = new Random(SEED);
		for (int round = 0; round < ROUNDS; round++) {
			int keysBeforeKill = 2_000 + random.nextInt(60_000);
			Path directory = this.folder.resolve("journal-" + round);
			Path keysFile = this.folder.resolve("keys-" + round);
			int port = freePort();

			Child recording = start("record", directory.toString(), keysFile.toString(), "http://127.0.0.1:" + port);
			await().atMost(CHILD_WAIT).until(() -> recording.saw("RECORDING"));
			await().atMost(CHILD_WAIT).until(() -> completeKeys(keysFile).size() >= keysBeforeKill);
			recording.process.destroyForcibly();
			assertThat(recording.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(recording.process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
			Set<String> returned = completeKeys(keysFile);

			this.server = new FakeIngestServer(port);
			Child delivering = start("deliver", directory.toString(), "http://127.0.0.1:" + port);
			assertThat(delivering.process.waitFor(CHILD_WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
			assertThat(delivering.process.exitValue()).as("delivering child's output: %s", delivering.lines).isZero();
			await().atMost(CHILD_WAIT).until(() -> delivering.saw("recovered="));

			Set<String> accepted = this.server.acceptedKeys();
			Set<String> beyond = new HashSet<>(accepted);
			beyond.removeAll(returned);
			Set<String> missing = new HashSet<>(returned);
			missing.removeAll(accepted);
			assertThat(missing).as("round %d: keys whose record() returned, not delivered", round).isEmpty();
			assertThat(beyond).as("round %d: delivered keys beyond those written down", round).hasSizeLessThanOrEqualTo(1);
			assertThat(this.server.keysAcceptedTwice()).isEmpty();
			assertThat(delivering.recovered()).isGreaterThanOrEqualTo(returned.size());
			this.server.close();
			this.server = null;
		}
	}

	@Test
	void aSecondProcessOnTheSameDirectoryUsesAnAreaOfItsOwnAndTheFirstsEventsStayIntact() throws Exception {
		Path directory = this.folder.resolve("shared");
		int port = freePort();
		int deadForTheHolder = freePort();
		Child holding = start("hold", directory.toString(), "http://127.0.0.1:" + deadForTheHolder, "500");
		await().atMost(CHILD_WAIT).until(() -> holding.saw("HELD"));
		this.server = new FakeIngestServer(port);

		Set<String> ours = new HashSet<>();
		try (BatchingUsageRecorder recorder = JournalChildProcess.recorder(directory, "http://127.0.0.1:" + port)) {
			assertThat(recorder.journalStatus().directory()).isEqualTo(directory.resolve("area-2").toString());
			for (int i = 0; i < 300; i++) {
				ours.add(recorder.record(co.monigo.client.model.IngestEvent.of("api_call", "cus_ours")).idempotencyKey());
			}
			recorder.flush().get(60, TimeUnit.SECONDS);
		}
		assertThat(this.server.acceptedKeys()).isEqualTo(ours);
		holding.process.destroyForcibly();
		holding.process.waitFor(30, TimeUnit.SECONDS);

		Child delivering = start("deliver", directory.toString(), "http://127.0.0.1:" + port);
		assertThat(delivering.process.waitFor(CHILD_WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		await().atMost(CHILD_WAIT).until(() -> delivering.saw("recovered="));
		assertThat(delivering.recovered()).isEqualTo(500);
		assertThat(delivering.corrupt()).isZero();
		assertThat(this.server.acceptedKeys()).hasSize(800);
		assertThat(this.server.keysAcceptedTwice()).isEmpty();
	}

	/** Keys on complete lines: a line the kill cut short was never a returned key. */
	private static Set<String> completeKeys(Path keysFile) throws IOException {
		if (!Files.exists(keysFile)) {
			return Set.of();
		}
		String content = Files.readString(keysFile, StandardCharsets.UTF_8);
		int end = content.lastIndexOf('\n');
		Set<String> keys = new HashSet<>();
		if (end < 0) {
			return keys;
		}
		for (String line : content.substring(0, end).split("\n")) {
			keys.add(line);
		}
		return keys;
	}

	private Child start(String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(JournalChildProcess.class.getName());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		this.children.add(process);
		return new Child(process);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** A child JVM and the lines it printed so far. */
	private static final class Child {

		private static final Pattern COUNTS = Pattern.compile("recovered=(\\d+) .* corrupt=(\\d+)");

		private final Process process;

		private final List<String> lines = new CopyOnWriteArrayList<>();

		Child(Process process) {
			this.process = process;
			Thread reader = new Thread(() -> {
				try (BufferedReader output = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = output.readLine(); line != null; line = output.readLine()) {
						this.lines.add(line);
					}
				}
				catch (IOException ended) {
					// the child is gone
				}
			}, "child-output");
			reader.setDaemon(true);
			reader.start();
		}

		boolean saw(String prefix) {
			return this.lines.stream().anyMatch((line) -> line.startsWith(prefix));
		}

		long recovered() {
			return count(1);
		}

		long corrupt() {
			return count(2);
		}

		private long count(int group) {
			for (String line : this.lines) {
				Matcher counts = COUNTS.matcher(line);
				if (counts.find()) {
					return Long.parseLong(counts.group(group));
				}
			}
			throw new AssertionError("the child printed no counts: " + this.lines);
		}

	}

}
