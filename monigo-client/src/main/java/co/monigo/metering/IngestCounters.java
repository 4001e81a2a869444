package co.monigo.metering;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The accounting of a recorder. At every quiet moment
 * {@code recovered + recorded = delivered + duplicates + rejected + dropped + unknown + pending}: every
 * event is counted once in {@code recorded} (or in {@code recovered}, when an earlier run left it in the
 * journal) and, when it leaves {@code pending}, in exactly one other term. {@code unknown} counts events
 * whose request was still on its way when the shutdown timeout ran out with the journal off: Monigo may
 * or may not have them.
 */
public final class IngestCounters {

	private final LongAdder recorded = new LongAdder();

	private final LongAdder recovered = new LongAdder();

	private final LongAdder unknown = new LongAdder();

	private final LongAdder delivered = new LongAdder();

	private final LongAdder duplicates = new LongAdder();

	private final LongAdder rejected = new LongAdder();

	private final Map<DropReason, LongAdder> dropped = new EnumMap<>(DropReason.class);

	private final AtomicLong pending = new AtomicLong();

	IngestCounters() {
		for (DropReason reason : DropReason.values()) {
			this.dropped.put(reason, new LongAdder());
		}
	}

	void recorded() {
		this.recorded.increment();
	}

	/** Events an earlier run left in the journal, pending again. */
	void recovered(long count) {
		this.recovered.add(count);
		this.pending.addAndGet(count);
	}

	/** Events whose request was on its way at the shutdown timeout, journal off. */
	void unknown(long count) {
		this.unknown.add(count);
		this.pending.addAndGet(-count);
	}

	void pendingAdded() {
		this.pending.incrementAndGet();
	}

	void delivered(long count) {
		this.delivered.add(count);
		this.pending.addAndGet(-count);
	}

	void duplicates(long count) {
		this.duplicates.add(count);
		this.pending.addAndGet(-count);
	}

	void rejected(long count) {
		this.rejected.add(count);
		this.pending.addAndGet(-count);
	}

	/** An event that was pending is dropped. */
	void droppedFromPending(DropReason reason, long count) {
		this.dropped.get(reason).add(count);
		this.pending.addAndGet(-count);
	}

	/** An event that never became pending is dropped. */
	void droppedAtRecord(DropReason reason) {
		this.dropped.get(reason).increment();
	}

	public long recordedCount() {
		return this.recorded.sum();
	}

	public long recoveredCount() {
		return this.recovered.sum();
	}

	public long unknownCount() {
		return this.unknown.sum();
	}

	public long deliveredCount() {
		return this.delivered.sum();
	}

	public long duplicateCount() {
		return this.duplicates.sum();
	}

	public long rejectedCount() {
		return this.rejected.sum();
	}

	public long droppedCount(DropReason reason) {
		return this.dropped.get(reason).sum();
	}

	public long droppedCount() {
		return this.dropped.values().stream().mapToLong(LongAdder::sum).sum();
	}

	/** Dropped events by reason tag ({@code queue_full}, ...), every reason present. */
	public Map<String, Long> droppedByReason() {
		Map<String, Long> byReason = new LinkedHashMap<>();
		for (DropReason reason : DropReason.values()) {
			byReason.put(reason.tag(), droppedCount(reason));
		}
		return byReason;
	}

	public long pendingCount() {
		return this.pending.get();
	}

	/** Whether the identity holds now; meaningful when nothing is being recorded or settled. */
	public boolean balances() {
		return recoveredCount() + recordedCount() == deliveredCount() + duplicateCount() + rejectedCount()
				+ droppedCount() + unknownCount() + pendingCount();
	}

	@Override
	public String toString() {
		return "IngestCounters[recovered=" + recoveredCount() + ", recorded=" + recordedCount() + ", delivered="
				+ deliveredCount() + ", duplicates=" + duplicateCount() + ", rejected=" + rejectedCount()
				+ ", dropped=" + droppedCount() + ", unknown=" + unknownCount() + ", pending=" + pendingCount() + "]";
	}

}
