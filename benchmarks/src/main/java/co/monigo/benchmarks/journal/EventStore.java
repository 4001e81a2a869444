package co.monigo.benchmarks.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One candidate storage for the pipeline's journal, used the way the pipeline would use it: append one
 * event's JSON per call, written through to the operating system before the call returns (what a
 * {@code kill -9} needs; no fsync per event); read the unsettled events back in order after a restart;
 * settle (acknowledge) events, one batch of acknowledgements per call, as Monigo acknowledges a batch.
 */
interface EventStore extends AutoCloseable {

	/** The candidates, by name, as the benchmarks' {@code store} parameter takes them. */
	List<String> KINDS = List.of("journal", "mvstore", "mvstore-autocommit", "sqlite", "lmdb", "rocksdb",
			"chronicle");

	/** Appends the payload; returns the id that settles it. */
	long append(byte[] payload, long epochMillis);

	/**
	 * Appends these payloads in one transaction or write batch, as a dispatcher writing behind the
	 * record path would (a {@code kill -9} then loses what was not written yet); by default one by one.
	 */
	default void appendBatch(byte[][] payloads, int from, int to, long epochMillis) {
		for (int i = from; i < to; i++) {
			append(payloads[i], epochMillis);
		}
	}

	/** Marks these events acknowledged: they are not read again, here or after a restart. */
	void settle(long[] ids, int from, int to);

	/** Reads every unsettled event, oldest first. */
	void recover(Visitor visitor);

	@Override
	void close();

	interface Visitor {

		void event(long id, byte[] payload);

	}

	static EventStore open(String kind, Path directory) {
		try {
			Files.createDirectories(directory);
			return switch (kind) {
				case "journal" -> new Stores.JournalStore(directory);
				case "mvstore" -> new Stores.MvStore(directory, true);
				case "mvstore-autocommit" -> new Stores.MvStore(directory, false);
				case "sqlite" -> new Stores.Sqlite(directory);
				case "lmdb" -> new Stores.Lmdb(directory);
				case "rocksdb" -> new Stores.Rocks(directory);
				case "chronicle" -> new Stores.Chronicle(directory);
				default -> throw new IllegalArgumentException("no store " + kind + "; one of " + KINDS);
			};
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}
