package co.monigo.metering;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.monigo.client.MonigoApiException;
import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.IngestEvent;

/**
 * The default {@link DeadLetterHandler}: logs each event whole, as the JSON it would have been sent
 * as, at ERROR, so it can be replayed from the log.
 */
public class LoggingDeadLetterHandler implements DeadLetterHandler {

	private static final Logger logger = LoggerFactory.getLogger(LoggingDeadLetterHandler.class);

	@Override
	public void rejected(List<IngestEvent> events, MonigoApiException cause) {
		for (IngestEvent event : events) {
			logger.error("Monigo refused usage event ({} {}): {}", cause.status(), cause.serverMessage(), json(event));
		}
	}

	@Override
	public void dropped(IngestEvent event, DropReason reason) {
		logger.error("Usage event not delivered to Monigo ({}): {}", reason.tag(), json(event));
	}

	private static String json(IngestEvent event) {
		return new String(MonigoJson.write(event), java.nio.charset.StandardCharsets.UTF_8);
	}

}
