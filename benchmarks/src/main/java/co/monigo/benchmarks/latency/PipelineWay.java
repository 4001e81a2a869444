package co.monigo.benchmarks.latency;

import java.time.Duration;

import co.monigo.benchmarks.IgnoredDeadLetters;
import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.IngestSender;
import co.monigo.metering.MeteringSettings;

/**
 * The product: a {@link BatchingUsageRecorder} with its default settings, sending through
 * {@link IngestSender#of(MonigoClient)} as the starter wires it. An event that finds the buffer full is
 * dropped and counted by the recorder (its default overflow policy).
 */
final class PipelineWay implements DeliveryWay {

	private final BatchingUsageRecorder recorder;

	PipelineWay(MonigoClient client) {
		this.recorder = new BatchingUsageRecorder(IngestSender.of(client), MeteringSettings.defaults(),
				new IgnoredDeadLetters());
		this.recorder.start();
	}

	@Override
	public void offer(IngestEvent event) {
		this.recorder.record(event);
	}

	@Override
	public long dropped() {
		return this.recorder.status().droppedTotal();
	}

	@Override
	public void close() {
		this.recorder.shutdown(Duration.ofSeconds(1));
	}

}
