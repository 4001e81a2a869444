package co.monigo.spring.boot.actuate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DisabledUsageRecorder;
import co.monigo.metering.IngestMeters;
import co.monigo.metering.UsageRecorder;

/**
 * Binds the pipeline's meters ({@link IngestMeters}: {@code monigo.events.*}, {@code monigo.ingest.*})
 * to the application's registry, for the batching recorder or the disabled one. A recorder of another
 * kind (the application's own) has no meters of ours.
 */
public class MonigoMeterBinder implements MeterBinder {

	private static final Logger logger = LoggerFactory.getLogger(MonigoMeterBinder.class);

	private final UsageRecorder recorder;

	public MonigoMeterBinder(UsageRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		if (this.recorder instanceof BatchingUsageRecorder batching) {
			IngestMeters.bind(registry, batching);
		}
		else if (this.recorder instanceof DisabledUsageRecorder disabled) {
			IngestMeters.bind(registry, disabled);
		}
		else {
			logger.debug("No Monigo meters for the application's own recorder {}", this.recorder);
		}
	}

}
