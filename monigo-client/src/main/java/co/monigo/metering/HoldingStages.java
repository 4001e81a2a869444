package co.monigo.metering;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.monigo.client.core.Durations;

/**
 * The {@link HoldingStage}s in front of a recorder: what they hold shows as waiting, a flush waits for
 * it, and shutdown gives it its chance before draining, then has the stages drop the rest.
 */
final class HoldingStages {

	private static final Logger logger = LoggerFactory.getLogger(HoldingStages.class);

	private final List<HoldingStage> stages = new CopyOnWriteArrayList<>();

	void add(HoldingStage stage) {
		this.stages.add(stage);
	}

	boolean isEmpty() {
		return this.stages.isEmpty();
	}

	int heldCount() {
		int held = 0;
		for (HoldingStage stage : this.stages) {
			held += stage.heldCount();
		}
		return held;
	}

	/** Completes once every stage released what it held at the call. */
	CompletableFuture<Void> released() {
		return CompletableFuture.allOf(this.stages.stream().map(HoldingStage::released).toArray(CompletableFuture[]::new));
	}

	/** Waits up to the timeout for the stages to release what they hold, then has them drop the rest. */
	void releaseOrDrop(Duration timeout) {
		if (this.stages.isEmpty()) {
			return;
		}
		try {
			released().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException late) {
			logger.warn("Monigo metering: {} events still waiting for their customer after the shutdown timeout of {}",
					heldCount(), Durations.format(timeout));
		}
		catch (ExecutionException unexpected) {
			logger.warn("Monigo metering: waiting for held events failed", unexpected.getCause());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		for (HoldingStage stage : this.stages) {
			try {
				stage.dropHeld(DropReason.SHUTDOWN);
			}
			catch (RuntimeException unexpected) {
				logger.error("Monigo metering: a holding stage failed to drop what it held", unexpected);
			}
		}
	}

}
