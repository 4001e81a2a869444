package co.monigo.benchmarks.latency;

import java.nio.file.Path;
import java.time.Duration;

import co.monigo.benchmarks.IgnoredDeadLetters;
import co.monigo.benchmarks.TemporaryFolders;
import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.IngestSender;
import co.monigo.metering.MeteringSettings;
import co.monigo.metering.journal.JournalSettings;

/**
 * The product: a {@link BatchingUsageRecorder} with the starter's default settings, the journal on (in a
 * temporary folder, deleted at close), sending through {@link IngestSender#of(MonigoClient)} as the
 * starter wires it. An event the pipeline cannot keep is dropped and counted by the recorder.
 */
final class PipelineWay implements DeliveryWay {

	private final BatchingUsageRecorder recorder;

	private final Path journal;

	PipelineWay(MonigoClient client) {
		this.journal = TemporaryFolders.create("monigo-sweep-journal");
		MeteringSettings settings = MeteringSettings.builder()
			.journal(new JournalSettings(this.journal, 1L << 30, Duration.ofSeconds(1)))
			.build();
		this.recorder = new BatchingUsageRecorder(IngestSender.of(client), settings, new IgnoredDeadLetters());
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
		this.recorder.close();
		TemporaryFolders.delete(this.journal);
	}

}
