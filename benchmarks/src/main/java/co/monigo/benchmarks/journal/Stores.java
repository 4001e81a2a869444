package co.monigo.benchmarks.journal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.lmdbjava.CursorIterable;
import org.lmdbjava.Dbi;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.Env;
import org.lmdbjava.EnvFlags;
import org.lmdbjava.PutFlags;
import org.lmdbjava.Txn;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

import co.monigo.metering.journal.Journal;
import co.monigo.metering.journal.JournalCursor;
import co.monigo.metering.journal.JournalSettings;

/** The candidates, each configured for the record path's durability: in the OS, no fsync per event. */
final class Stores {

	/** Large enough for every run of the comparison; each candidate grows its files as it needs. */
	static final long MAX_SIZE = 4L << 30;

	private Stores() {
	}

	/**
	 * Our journal: memory-mapped segments, a record written into the mapping (in the page cache when
	 * {@code append} returns), no background sync ({@code syncInterval} zero: power loss is not covered).
	 */
	static final class JournalStore implements EventStore {

		private final Journal journal;

		JournalStore(Path directory) {
			this.journal = Journal.open(new JournalSettings(directory, MAX_SIZE, Duration.ZERO));
		}

		@Override
		public long append(byte[] payload, long epochMillis) {
			long position = this.journal.append(payload, epochMillis);
			if (position < 0) {
				throw new IllegalStateException("journal append failed: " + position + " " + this.journal.lastError());
			}
			return position;
		}

		@Override
		public void settle(long[] ids, int from, int to) {
			for (int i = from; i < to; i++) {
				this.journal.settle(ids[i]);
			}
		}

		@Override
		public void recover(Visitor visitor) {
			JournalCursor cursor = this.journal.cursor();
			while (cursor.seek()) {
				visitor.event(cursor.position(), cursor.payload());
				cursor.skip();
			}
		}

		@Override
		public void close() {
			this.journal.close();
		}

	}

	/**
	 * H2's MVStore, one map of id to payload. {@code commitEach}: {@code commit()} after every put, so
	 * the event is in the file (the OS) when the call returns; otherwise MVStore's default background
	 * commit (every second): a {@code kill -9} loses up to the last second of events.
	 */
	static final class MvStore implements EventStore {

		private final MVStore store;

		private final MVMap<Long, byte[]> events;

		private final boolean commitEach;

		private long next;

		MvStore(Path directory, boolean commitEach) {
			MVStore.Builder builder = new MVStore.Builder().fileName(directory.resolve("events.mv").toString());
			if (commitEach) {
				builder.autoCommitDisabled();
			}
			this.store = builder.open();
			this.events = this.store.openMap("events");
			this.commitEach = commitEach;
			Long last = this.events.lastKey();
			this.next = (last != null) ? last + 1 : 1;
		}

		@Override
		public long append(byte[] payload, long epochMillis) {
			long id = this.next++;
			this.events.put(id, payload);
			if (this.commitEach) {
				this.store.commit();
			}
			return id;
		}

		@Override
		public void appendBatch(byte[][] payloads, int from, int to, long epochMillis) {
			for (int i = from; i < to; i++) {
				this.events.put(this.next++, payloads[i]);
			}
			if (this.commitEach) {
				this.store.commit();
			}
		}

		@Override
		public void settle(long[] ids, int from, int to) {
			for (int i = from; i < to; i++) {
				this.events.remove(ids[i]);
			}
			if (this.commitEach) {
				this.store.commit();
			}
		}

		@Override
		public void recover(Visitor visitor) {
			for (Map.Entry<Long, byte[]> event : this.events.entrySet()) {
				visitor.event(event.getKey(), event.getValue());
			}
		}

		@Override
		public void close() {
			this.store.close();
		}

	}

	/**
	 * SQLite through sqlite-jdbc: WAL journal mode, {@code synchronous=NORMAL}, one auto-committed INSERT
	 * per event. In WAL mode NORMAL writes each commit to the WAL file (the OS) without an fsync, and
	 * fsyncs only at checkpoints: a {@code kill -9} loses nothing; power loss may lose the last commits
	 * but leaves the database consistent.
	 */
	static final class Sqlite implements EventStore {

		private final Connection connection;

		private final PreparedStatement insert;

		private final PreparedStatement delete;

		Sqlite(Path directory) {
			try {
				this.connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("events.db"));
				try (Statement statement = this.connection.createStatement()) {
					statement.execute("PRAGMA journal_mode=WAL");
					statement.execute("PRAGMA synchronous=NORMAL");
					statement.execute("CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
				}
				this.insert = this.connection.prepareStatement("INSERT INTO events (payload) VALUES (?)",
						Statement.RETURN_GENERATED_KEYS);
				this.delete = this.connection.prepareStatement("DELETE FROM events WHERE id = ?");
			}
			catch (SQLException failure) {
				throw new IllegalStateException(failure);
			}
		}

		@Override
		public long append(byte[] payload, long epochMillis) {
			try {
				this.insert.setBytes(1, payload);
				this.insert.executeUpdate();
				try (ResultSet keys = this.insert.getGeneratedKeys()) {
					keys.next();
					return keys.getLong(1);
				}
			}
			catch (SQLException failure) {
				throw new IllegalStateException(failure);
			}
		}

		@Override
		public void appendBatch(byte[][] payloads, int from, int to, long epochMillis) {
			try {
				this.connection.setAutoCommit(false);
				for (int i = from; i < to; i++) {
					this.insert.setBytes(1, payloads[i]);
					this.insert.executeUpdate();
				}
				this.connection.commit();
				this.connection.setAutoCommit(true);
			}
			catch (SQLException failure) {
				throw new IllegalStateException(failure);
			}
		}

		@Override
		public void settle(long[] ids, int from, int to) {
			try {
				this.connection.setAutoCommit(false);
				for (int i = from; i < to; i++) {
					this.delete.setLong(1, ids[i]);
					this.delete.executeUpdate();
				}
				this.connection.commit();
				this.connection.setAutoCommit(true);
			}
			catch (SQLException failure) {
				throw new IllegalStateException(failure);
			}
		}

		@Override
		public void recover(Visitor visitor) {
			try (Statement statement = this.connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT id, payload FROM events ORDER BY id")) {
				while (rows.next()) {
					visitor.event(rows.getLong(1), rows.getBytes(2));
				}
			}
			catch (SQLException failure) {
				throw new IllegalStateException(failure);
			}
		}

		@Override
		public void close() {
			try {
				this.connection.close();
			}
			catch (SQLException failure) {
				throw new IllegalStateException(failure);
			}
		}

	}

	/**
	 * LMDB through lmdbjava: one write transaction per event, appended in key order ({@code MDB_APPEND}),
	 * {@code MDB_NOSYNC}: each commit writes its pages to the file (the OS) without an fsync.
	 */
	static final class Lmdb implements EventStore {

		private final Env<ByteBuffer> env;

		private final Dbi<ByteBuffer> events;

		private final ByteBuffer key = ByteBuffer.allocateDirect(8).order(ByteOrder.BIG_ENDIAN);

		private final ByteBuffer value = ByteBuffer.allocateDirect(64 * 1024);

		private long next;

		Lmdb(Path directory) {
			this.env = Env.create().setMapSize(MAX_SIZE).setMaxDbs(1).open(directory.toFile(), EnvFlags.MDB_NOSYNC);
			this.events = this.env.openDbi("events", DbiFlags.MDB_CREATE);
			long last = 0;
			try (Txn<ByteBuffer> txn = this.env.txnRead(); CursorIterable<ByteBuffer> all = this.events.iterate(txn,
					org.lmdbjava.KeyRange.allBackward())) {
				for (CursorIterable.KeyVal<ByteBuffer> entry : all) {
					last = entry.key().getLong(0);
					break;
				}
			}
			this.next = last + 1;
		}

		@Override
		public long append(byte[] payload, long epochMillis) {
			long id = this.next++;
			this.key.clear();
			this.key.putLong(0, id);
			this.value.clear();
			this.value.put(payload).flip();
			try (Txn<ByteBuffer> txn = this.env.txnWrite()) {
				this.events.put(txn, this.key, this.value, PutFlags.MDB_APPEND);
				txn.commit();
			}
			return id;
		}

		@Override
		public void appendBatch(byte[][] payloads, int from, int to, long epochMillis) {
			try (Txn<ByteBuffer> txn = this.env.txnWrite()) {
				for (int i = from; i < to; i++) {
					this.key.clear();
					this.key.putLong(0, this.next++);
					this.value.clear();
					this.value.put(payloads[i]).flip();
					this.events.put(txn, this.key, this.value, PutFlags.MDB_APPEND);
				}
				txn.commit();
			}
		}

		@Override
		public void settle(long[] ids, int from, int to) {
			try (Txn<ByteBuffer> txn = this.env.txnWrite()) {
				for (int i = from; i < to; i++) {
					this.key.clear();
					this.key.putLong(0, ids[i]);
					this.events.delete(txn, this.key);
				}
				txn.commit();
			}
		}

		@Override
		public void recover(Visitor visitor) {
			try (Txn<ByteBuffer> txn = this.env.txnRead(); CursorIterable<ByteBuffer> all = this.events.iterate(txn)) {
				for (CursorIterable.KeyVal<ByteBuffer> entry : all) {
					ByteBuffer val = entry.val();
					byte[] payload = new byte[val.remaining()];
					val.get(payload);
					visitor.event(entry.key().getLong(0), payload);
				}
			}
		}

		@Override
		public void close() {
			this.env.close();
		}

	}

	/**
	 * RocksDB: one put per event with the default write options (WAL on, {@code sync=false}: the WAL
	 * record is written to the OS before {@code put} returns, no fsync); a settle batch is one
	 * {@code WriteBatch} of deletes.
	 */
	static final class Rocks implements EventStore {

		static {
			RocksDB.loadLibrary();
		}

		private final Options options;

		private final WriteOptions writeOptions = new WriteOptions();

		private final RocksDB db;

		private long next;

		Rocks(Path directory) {
			this.options = new Options().setCreateIfMissing(true);
			try {
				this.db = RocksDB.open(this.options, directory.toString());
			}
			catch (RocksDBException failure) {
				throw new IllegalStateException(failure);
			}
			try (RocksIterator last = this.db.newIterator()) {
				last.seekToLast();
				this.next = last.isValid() ? ByteBuffer.wrap(last.key()).getLong() + 1 : 1;
			}
		}

		@Override
		public long append(byte[] payload, long epochMillis) {
			long id = this.next++;
			try {
				this.db.put(this.writeOptions, key(id), payload);
			}
			catch (RocksDBException failure) {
				throw new IllegalStateException(failure);
			}
			return id;
		}

		@Override
		public void appendBatch(byte[][] payloads, int from, int to, long epochMillis) {
			try (WriteBatch batch = new WriteBatch()) {
				for (int i = from; i < to; i++) {
					batch.put(key(this.next++), payloads[i]);
				}
				this.db.write(this.writeOptions, batch);
			}
			catch (RocksDBException failure) {
				throw new IllegalStateException(failure);
			}
		}

		@Override
		public void settle(long[] ids, int from, int to) {
			try (WriteBatch batch = new WriteBatch()) {
				for (int i = from; i < to; i++) {
					batch.delete(key(ids[i]));
				}
				this.db.write(this.writeOptions, batch);
			}
			catch (RocksDBException failure) {
				throw new IllegalStateException(failure);
			}
		}

		@Override
		public void recover(Visitor visitor) {
			try (RocksIterator all = this.db.newIterator()) {
				for (all.seekToFirst(); all.isValid(); all.next()) {
					visitor.event(ByteBuffer.wrap(all.key()).getLong(), all.value());
				}
			}
		}

		@Override
		public void close() {
			this.db.close();
			this.options.close();
			this.writeOptions.close();
		}

		private static byte[] key(long id) {
			return ByteBuffer.allocate(8).putLong(id).array();
		}

	}

	/**
	 * Chronicle Queue: one excerpt per event, written into its memory-mapped file. It has no delete: a
	 * queue is read in order and whole files are dropped by age, so settling one event (out of order)
	 * needs a store of its own beside it; not measured.
	 */
	static final class Chronicle implements EventStore {

		private final ChronicleQueue queue;

		private final ExcerptAppender appender;

		Chronicle(Path directory) {
			this.queue = ChronicleQueue.singleBuilder(directory).build();
			this.appender = this.queue.createAppender();
		}

		@Override
		public long append(byte[] payload, long epochMillis) {
			try (DocumentContext document = this.appender.writingDocument()) {
				document.wire().bytes().write(payload);
			}
			return this.appender.lastIndexAppended();
		}

		@Override
		public void settle(long[] ids, int from, int to) {
			throw new UnsupportedOperationException("Chronicle Queue cannot delete or mark one excerpt");
		}

		@Override
		public void recover(Visitor visitor) {
			try (ExcerptTailer tailer = this.queue.createTailer()) {
				while (true) {
					try (DocumentContext document = tailer.readingDocument()) {
						if (!document.isPresent()) {
							return;
						}
						Bytes<?> bytes = document.wire().bytes();
						byte[] payload = new byte[(int) bytes.readRemaining()];
						bytes.read(payload);
						visitor.event(document.index(), payload);
					}
				}
			}
		}

		@Override
		public void close() {
			this.queue.close();
		}

	}

}
