package co.monigo.metering;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.journal.Journal;
import co.monigo.metering.journal.JournalCursor;

/**
 * Pending events in the journal on disk, each written there (as the JSON it will be sent as) before
 * {@code record()} returns, with the newest of them also kept in memory up to the capacity so the
 * dispatcher rarely reads them back. What is in memory is a window over the journal, not the backlog:
 * however long Monigo is away, memory holds at most the window, and the rest waits on disk.
 */
final class JournalPendingEvents implements PendingEvents {

	private final Journal journal;

	private final JournalCursor cursor;

	private final ArrayBlockingQueue<Pending> window;

	private final long recovered;

	/** Written under the journal's append order ({@code this}); read anywhere. */
	private volatile long added;

	/** Written by the dispatcher only. */
	private volatile long taken;

	/** The time of the record the cursor stands on, published by the dispatcher for other threads. */
	private volatile long nextOnDiskMillis;

	JournalPendingEvents(Journal journal, int windowCapacity) {
		this.journal = journal;
		this.cursor = journal.cursor();
		this.window = new ArrayBlockingQueue<>(windowCapacity);
		this.recovered = journal.recovery().unsettled();
		this.added = this.recovered;
		this.nextOnDiskMillis = journal.recovery().oldestMillis();
	}

	@Override
	public Pending prepare(IngestEvent event) {
		try {
			return new Pending(event, MonigoJson.write(event), Pending.NO_POSITION);
		}
		catch (JacksonException unwritable) {
			throw new IllegalArgumentException("the event cannot be written as JSON: " + unwritable.getOriginalMessage(),
					unwritable);
		}
	}

	@Override
	public @Nullable DropReason add(Pending pending) {
		Instant time = pending.event().timestamp();
		long millis = (time != null) ? time.toEpochMilli() : System.currentTimeMillis();
		// One lock orders the journal and the window alike, so the window's head is always the oldest.
		synchronized (this) {
			long position = this.journal.append(pending.json(), millis);
			if (position == Journal.FULL) {
				return DropReason.JOURNAL_FULL;
			}
			if (position == Journal.FAILED) {
				return DropReason.JOURNAL_UNWRITABLE;
			}
			this.window.offer(new Pending(pending.event(), pending.json(), position));
			this.added++;
		}
		return null;
	}

	@Override
	public long available() {
		return this.added - this.taken;
	}

	@Override
	public long taken() {
		return this.taken;
	}

	@Override
	public long added() {
		return this.added;
	}

	@Override
	public void take(List<Pending> into, int max, Runnable unreadable) {
		int count = 0;
		while (count < max && this.cursor.seek()) {
			long position = this.cursor.position();
			Pending head = this.window.peek();
			while (head != null && head.position() < position) {
				this.window.poll();
				head = this.window.peek();
			}
			Pending next = (head != null && head.position() == position) ? this.window.poll() : readBack(position);
			this.cursor.skip();
			this.taken++;
			count++;
			if (next != null) {
				into.add(next);
			}
			else {
				this.journal.settle(position);
				unreadable.run();
			}
		}
		this.nextOnDiskMillis = this.cursor.seek() ? this.cursor.epochMillis() : Long.MAX_VALUE;
	}

	/**
	 * An event the window no longer held (it was full, or the event is from an earlier run); null when
	 * the record, though intact, is not an event this version can read.
	 */
	private @Nullable Pending readBack(long position) {
		byte[] json = this.cursor.payload();
		try {
			return new Pending(MonigoJson.mapper().readValue(json, IngestEvent.class), json, position);
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
			return null;
		}
	}

	@Override
	public void settled(Pending pending) {
		if (pending.position() != Pending.NO_POSITION) {
			this.journal.settle(pending.position());
		}
	}

	@Override
	public Instant oldestUntaken() {
		if (available() == 0) {
			return Instant.MAX;
		}
		long oldest = this.nextOnDiskMillis;
		Pending head = this.window.peek();
		if (head != null && head.event().timestamp() != null) {
			oldest = Math.min(oldest, head.event().timestamp().toEpochMilli());
		}
		return (oldest == Long.MAX_VALUE) ? Instant.MAX : Instant.ofEpochMilli(oldest);
	}

	@Override
	public boolean isDurable() {
		return true;
	}

	@Override
	public void rewind() {
		this.window.clear();
		this.cursor.rewind();
		this.taken = this.added - this.journal.unsettled();
		this.nextOnDiskMillis = this.cursor.seek() ? this.cursor.epochMillis() : Long.MAX_VALUE;
	}

	@Override
	public void removeUntaken(Consumer<Pending> each) {
	}

	@Override
	public JournalStatus journalStatus() {
		return new JournalStatus(this.journal.settings().directory().toString(), this.journal.bytesOnDisk(),
				this.journal.settings().maxSize(), this.journal.unsettled(), this.recovered,
				this.journal.recovery().damaged(), this.journal.lastError());
	}

	@Override
	public void close() {
		this.journal.close();
	}

}
