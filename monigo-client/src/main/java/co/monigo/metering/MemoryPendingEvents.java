package co.monigo.metering;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.IngestEvent;

/**
 * Pending events in a bounded queue in memory only ({@code journal.enabled=false}): what the process
 * holds when it dies is lost, and a full queue refuses events by the overflow policy.
 */
final class MemoryPendingEvents implements PendingEvents {

	private final ArrayBlockingQueue<Pending> queue;

	private final MeteringSettings settings;

	private final AtomicLong added = new AtomicLong();

	/** Written by the dispatcher only. */
	private volatile long taken;

	MemoryPendingEvents(MeteringSettings settings) {
		this.settings = settings;
		this.queue = new ArrayBlockingQueue<>(settings.capacity());
	}

	@Override
	public Pending prepare(IngestEvent event) {
		return new Pending(event, null, Pending.NO_POSITION);
	}

	@Override
	public @Nullable DropReason add(Pending pending) {
		if (this.settings.overflowPolicy() == OverflowPolicy.DROP_NEW) {
			return counted(this.queue.offer(pending)) ? null : DropReason.QUEUE_FULL;
		}
		try {
			boolean offered = this.queue.offer(pending, this.settings.overflowBlockTimeout().toNanos(),
					TimeUnit.NANOSECONDS);
			return counted(offered) ? null : DropReason.BLOCK_TIMEOUT;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return DropReason.BLOCK_TIMEOUT;
		}
	}

	private boolean counted(boolean offered) {
		if (offered) {
			this.added.incrementAndGet();
		}
		return offered;
	}

	@Override
	public long available() {
		return this.queue.size();
	}

	@Override
	public long taken() {
		return this.taken;
	}

	@Override
	public long added() {
		return this.added.get();
	}

	@Override
	public void take(List<Pending> into, int max, Runnable unreadable) {
		int count = this.queue.drainTo(into, max);
		this.taken += count;
	}

	@Override
	public void settled(Pending pending) {
	}

	@Override
	public Instant oldestUntaken() {
		Pending head = this.queue.peek();
		return (head != null && head.event().timestamp() != null) ? head.event().timestamp() : Instant.MAX;
	}

	@Override
	public boolean isDurable() {
		return false;
	}

	@Override
	public void rewind() {
	}

	@Override
	public void removeUntaken(Consumer<Pending> each) {
		for (Pending left = this.queue.poll(); left != null; left = this.queue.poll()) {
			this.taken++;
			each.accept(left);
		}
	}

	@Override
	public @Nullable JournalStatus journalStatus() {
		return null;
	}

	@Override
	public void close() {
	}

}
