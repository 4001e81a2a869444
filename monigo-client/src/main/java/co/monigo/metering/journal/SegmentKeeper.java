package co.monigo.metering.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's work off the record path, on one daemon thread: writing the next segment file ahead of
 * need (filling a segment with zeros takes milliseconds) and forcing written records to the disk at the
 * sync interval.
 */
final class SegmentKeeper implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SegmentKeeper.class);

	private static final Pattern SEGMENT_NAME = Pattern.compile("segment-(\\d{10})\\.journal");

	private final JournalSettings settings;

	private final ScheduledExecutorService executor;

	private final Queue<Segment> sealedToForce = new ConcurrentLinkedQueue<>();

	private volatile @Nullable CompletableFuture<Segment> spare;

	private volatile int spareId;

	SegmentKeeper(JournalSettings settings) {
		this.settings = settings;
		ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "monigo-journal");
			thread.setDaemon(true);
			return thread;
		});
		pool.setRemoveOnCancelPolicy(true);
		this.executor = pool;
	}

	/** The segment id in a journal file's name, or -1 when the file is not a segment. */
	static int idOf(Path path) {
		Matcher name = SEGMENT_NAME.matcher(path.getFileName().toString());
		return name.matches() ? Integer.parseInt(name.group(1)) : -1;
	}

	/** Starts writing the segment of this id in the background. */
	void prepare(int id) {
		this.spareId = id;
		this.spare = CompletableFuture.supplyAsync(() -> {
			try {
				return Segment.create(this.settings.directory(), id, this.settings.segmentSize());
			}
			catch (IOException failure) {
				throw new IllegalStateException(failure);
			}
		}, this.executor);
	}

	/** Takes the prepared segment of this id, waiting for it if need be; null when none was prepared. */
	@Nullable Segment takeSpare(int id) throws IOException {
		CompletableFuture<Segment> prepared = this.spare;
		this.spare = null;
		if (prepared == null || this.spareId != id) {
			return null;
		}
		try {
			return prepared.get();
		}
		catch (ExecutionException failure) {
			Throwable cause = (failure.getCause() != null) ? failure.getCause().getCause() : null;
			throw (cause instanceof IOException io) ? io : new IOException(failure.getCause());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while preparing a journal segment");
		}
	}

	int spareCount() {
		CompletableFuture<Segment> prepared = this.spare;
		return (prepared != null && !prepared.isCompletedExceptionally()) ? 1 : 0;
	}

	/** A segment that was just sealed: forced to disk at the next sync. */
	void sealed(Segment segment) {
		if (!this.settings.syncInterval().isZero()) {
			this.sealedToForce.add(segment);
		}
	}

	void startSyncing(Supplier<Segment> current) {
		long interval = this.settings.syncInterval().toMillis();
		if (interval <= 0) {
			return;
		}
		this.executor.scheduleWithFixedDelay(() -> sync(current.get()), interval, interval, TimeUnit.MILLISECONDS);
	}

	private void sync(Segment current) {
		try {
			for (Segment sealed = this.sealedToForce.poll(); sealed != null; sealed = this.sealedToForce.poll()) {
				sealed.force();
			}
			current.force();
		}
		catch (RuntimeException failure) {
			logger.warn("Monigo journal: forcing records to disk failed: {}", failure.toString());
		}
	}

	/** Stops the background work and deletes a prepared segment nobody took. */
	@Override
	public void close() {
		this.executor.shutdown();
		try {
			this.executor.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		CompletableFuture<Segment> prepared = this.spare;
		this.spare = null;
		if (prepared != null) {
			Segment unused = prepared.getNow(null);
			if (unused != null) {
				try {
					unused.delete();
					return;
				}
				catch (IOException | RuntimeException failure) {
					logger.debug("Monigo journal: could not delete an unused segment", failure);
				}
			}
			deleteQuietly(this.settings.directory().resolve(Segment.fileName(this.spareId)));
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ignored) {
			// an empty segment left behind is deleted at the next start
		}
	}

}
