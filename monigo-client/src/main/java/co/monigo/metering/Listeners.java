package co.monigo.metering;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every registered {@link PipelineListener}; one that throws is logged and cannot disturb delivery.
 */
final class Listeners implements PipelineListener {

	private static final Logger logger = LoggerFactory.getLogger(Listeners.class);

	private final List<PipelineListener> listeners = new CopyOnWriteArrayList<>();

	void add(PipelineListener listener) {
		this.listeners.add(listener);
	}

	@Override
	public void batchSent(int size) {
		each((listener) -> listener.batchSent(size));
	}

	@Override
	public void requestCompleted(String outcome, int status, long nanos) {
		each((listener) -> listener.requestCompleted(outcome, status, nanos));
	}

	@Override
	public void retried() {
		each(PipelineListener::retried);
	}

	private void each(Consumer<PipelineListener> call) {
		for (PipelineListener listener : this.listeners) {
			try {
				call.accept(listener);
			}
			catch (RuntimeException failure) {
				logger.warn("Monigo pipeline listener {} failed", listener, failure);
			}
		}
	}

}
