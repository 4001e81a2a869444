package co.monigo.spring.boot.actuate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import co.monigo.client.core.Durations;
import co.monigo.metering.IngestStatus;
import co.monigo.metering.JournalStatus;
import co.monigo.metering.PipelineState;

/**
 * The one place an {@link IngestStatus} becomes the details the {@code monigo} health indicator and
 * actuator endpoint show: a field added to the status and put here shows in both. Values are never
 * null (health details refuse null): a field not known yet is left out. Holds no secret.
 */
public final class IngestStatusDetails {

	private IngestStatusDetails() {
	}

	/** The status's details, in a stable order, with JSON-friendly values. */
	public static Map<String, Object> of(IngestStatus status) {
		Map<String, Object> details = new LinkedHashMap<>();
		PipelineState state = status.state();
		details.put("state", state.name());
		details.put("delivering", !state.isDown());
		if (state.isDown()) {
			details.put("reason", state.name());
			details.put("description", describe(state));
		}
		details.put("pending", status.pending());
		details.put("waitingForCustomer", status.waiting());
		details.put("capacity", status.capacity());
		details.put("recorded", status.recorded());
		details.put("delivered", status.delivered());
		details.put("duplicates", status.duplicates());
		details.put("rejected", status.rejected());
		details.put("dropped", status.droppedTotal());
		details.put("droppedByReason", status.dropped());
		details.put("unknown", status.unknown());
		details.put("recovered", status.recovered());
		details.put("oldestPendingAge", Durations.format(status.oldestPendingAge()));
		details.put("failureStreak", status.failureStreak());
		details.put("inFlightLimit", status.inFlightLimit());
		if (status.lastSuccess() != null) {
			details.put("lastSuccess", status.lastSuccess().toString());
			details.put("lastSuccessAge",
					Durations.format(Duration.between(status.lastSuccess(), Instant.now()).truncatedTo(ChronoUnit.SECONDS)));
		}
		if (status.lastError() != null) {
			details.put("lastError", status.lastError());
		}
		JournalStatus journal = status.journal();
		if (journal != null) {
			details.put("journal", journal(journal));
		}
		return details;
	}

	private static Map<String, Object> journal(JournalStatus journal) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("directory", journal.directory());
		details.put("events", journal.events());
		details.put("bytes", journal.bytes());
		details.put("maxBytes", journal.maxBytes());
		details.put("recovered", journal.recovered());
		details.put("corrupt", journal.corrupt());
		if (journal.lastError() != null) {
			details.put("lastError", journal.lastError());
		}
		return details;
	}

	private static String describe(PipelineState state) {
		return switch (state) {
			case UNAUTHORIZED -> "Monigo refused the API key (401 or 403): check monigo.api-key; events are kept "
					+ "and delivery is retried";
			case QUOTA_EXCEEDED -> "The Monigo event quota is used up (402): events are kept and delivery is retried";
			case MISCONFIGURED -> "The ingest URL answered 404 or 405: check monigo.base-url; events are kept and "
					+ "delivery is retried";
			case CIRCUIT_OPEN -> "Too many ingest requests failed: the circuit breaker holds requests back for a "
					+ "while; events are kept";
			case STOPPED -> "The pipeline is not started or has stopped: nothing is sent";
			case RUNNING, DISABLED -> state.name();
		};
	}

}
