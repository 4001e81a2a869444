package co.monigo.benchmarks.latency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;

/**
 * A baseline: a bounded queue as large as the pipeline's buffer, and {@code callers} threads that each
 * take up to {@code batchSize} events and send them in one synchronous ingest call, waiting for the
 * answer before the next. With a batch size of 1 that is the naive way (one call per event, as request
 * threads calling Monigo themselves would, {@code callers} at a time); with 1,000 and two callers it is
 * the pipeline's default shape without its machinery (two batches in flight, fixed). An event that finds
 * the queue full, or whose call fails, is dropped.
 */
final class QueueWay implements DeliveryWay {

	private final BlockingQueue<IngestEvent> queue;

	private final MonigoClient client;

	private final int batchSize;

	private final List<Thread> callers = new ArrayList<>();

	private final LongAdder dropped = new LongAdder();

	private final AtomicLong sequence = new AtomicLong();

	private volatile boolean running = true;

	QueueWay(MonigoClient client, int capacity, int callers, int batchSize) {
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.client = client;
		this.batchSize = batchSize;
		for (int i = 0; i < callers; i++) {
			Thread caller = new Thread(this::callLoop, "baseline-caller-" + i);
			caller.setDaemon(true);
			caller.start();
			this.callers.add(caller);
		}
	}

	@Override
	public void offer(IngestEvent event) {
		if (!this.queue.offer(event.withIdempotencyKey("ev_" + this.sequence.incrementAndGet()))) {
			this.dropped.increment();
		}
	}

	private void callLoop() {
		List<IngestEvent> batch = new ArrayList<>(this.batchSize);
		while (this.running) {
			try {
				IngestEvent first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, this.batchSize - 1);
				send(batch);
			}
			catch (InterruptedException ex) {
				return;
			}
			finally {
				batch.clear();
			}
		}
	}

	private void send(List<IngestEvent> batch) {
		try {
			this.client.events().ingest(batch).block(Duration.ofSeconds(60));
		}
		catch (RuntimeException failed) {
			this.dropped.add(batch.size());
		}
	}

	@Override
	public long dropped() {
		return this.dropped.sum();
	}

	@Override
	public void close() {
		this.running = false;
		for (Thread caller : this.callers) {
			caller.interrupt();
		}
	}

}
