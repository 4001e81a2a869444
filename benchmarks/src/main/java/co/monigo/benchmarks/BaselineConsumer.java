package co.monigo.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * The consumer of the benchmarks' {@code ArrayBlockingQueue} baselines: a thread that waits for an item
 * and drains up to 1,000 at a time, as the recorder's dispatcher takes a batch.
 */
public final class BaselineConsumer {

	private final Thread thread;

	private BaselineConsumer(Thread thread) {
		this.thread = thread;
	}

	/** Starts draining the queue on a thread of its own. */
	public static <T> BaselineConsumer start(BlockingQueue<T> queue) {
		Thread thread = new Thread(() -> {
			List<T> batch = new ArrayList<>(1000);
			try {
				while (true) {
					batch.clear();
					batch.add(queue.take());
					queue.drainTo(batch, 999);
				}
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
			}
		}, "baseline-consumer");
		thread.start();
		return new BaselineConsumer(thread);
	}

	/** Stops draining and waits for the thread to end. */
	public void stop() throws InterruptedException {
		this.thread.interrupt();
		this.thread.join();
	}

}
