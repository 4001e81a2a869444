package co.monigo.benchmarks.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import co.monigo.benchmarks.BaselineConsumer;
import co.monigo.benchmarks.TemporaryFolders;

/**
 * The record path of each journal storage candidate: appends per second of one event's JSON, one
 * append per operation from one thread, each written through to the operating system before it returns
 * (see {@link EventStore}); against {@code ArrayBlockingQueue.offer} of the same payload (the in-memory
 * path, with a consumer draining it) in the same run. Each measured iteration appends to a fresh store
 * (opened and deleted outside the measurement), as a journal that is settled as fast as it fills.
 * <p>
 * {@code -p store=...} picks candidates; Chronicle Queue needs JVM flags on Java 17
 * ({@code benchmarks/scripts/journal-storage.sh} passes them to its forks only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class JournalStorageBenchmark {

	/** {@code typical}: one property, about 150 bytes; {@code five}: five properties. */
	@Param({ "typical", "five" })
	public String event;

	byte[] payload;

	long epochMillis;

	@Setup(Level.Trial)
	public void payload() {
		this.payload = StoredEvents.json(this.event, 42);
		this.epochMillis = StoredEvents.typical(42).timestamp().toEpochMilli();
		System.out.println("\npayload: " + this.payload.length + " bytes");
	}

	@Benchmark
	public boolean baselineArrayBlockingQueueOffer(QueueWithConsumer baseline) {
		return baseline.queue.offer(this.payload);
	}

	@Benchmark
	public long append(Store store) {
		return store.opened.append(this.payload, this.epochMillis);
	}

	@State(Scope.Benchmark)
	public static class Store {

		@Param({ "journal", "mvstore", "mvstore-autocommit", "sqlite", "lmdb", "rocksdb", "chronicle" })
		public String store;

		EventStore opened;

		private Path directory;

		@Setup(Level.Iteration)
		public void open() throws IOException {
			Path parent = Path.of(System.getProperty("journal.storage.dir", System.getProperty("java.io.tmpdir")));
			Files.createDirectories(parent);
			this.directory = Files.createTempDirectory(parent, "journal-storage-" + this.store + "-");
			this.opened = EventStore.open(this.store, this.directory);
		}

		@TearDown(Level.Iteration)
		public void close() {
			this.opened.close();
			try {
				TemporaryFolders.delete(this.directory);
			}
			catch (UncheckedIOException failure) {
				System.out.println("could not delete " + this.directory + ": " + failure);
			}
		}

	}

	/** As in {@code RecordPathBenchmark}: a queue drained by a {@link BaselineConsumer}. */
	@State(Scope.Benchmark)
	public static class QueueWithConsumer {

		final ArrayBlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(1 << 20);

		private BaselineConsumer consumer;

		@Setup(Level.Trial)
		public void start() {
			this.consumer = BaselineConsumer.start(this.queue);
		}

		@TearDown(Level.Trial)
		public void stop() throws InterruptedException {
			this.consumer.stop();
		}

	}

}
