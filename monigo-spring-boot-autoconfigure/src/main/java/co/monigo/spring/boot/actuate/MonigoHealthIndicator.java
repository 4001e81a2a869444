package co.monigo.spring.boot.actuate;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import co.monigo.client.core.KeyMode;
import co.monigo.metering.IngestStatus;
import co.monigo.metering.PipelineState;
import co.monigo.metering.UsageRecorder;

/**
 * Health of the ingest pipeline. UP while it delivers, and also when metering is disabled on purpose
 * (state {@code DISABLED}: a setting, not a fault, so it must not fail a readiness probe); DOWN with the
 * state as the {@code reason} when Monigo refuses the key, the quota is used up, the ingest URL is wrong,
 * the circuit is open or the pipeline is stopped. Events are kept while DOWN, so nothing is lost yet;
 * {@code pending} and {@code oldestPendingAge} say how much is waiting and for how long, and
 * {@code waitingForCustomer} how many events wait for their customer's Monigo id (external customer
 * ids), not recorded yet. The details never hold the API key: the client's error messages leave it out,
 * and only the key's mode is shown.
 */
public class MonigoHealthIndicator implements HealthIndicator {

	private final UsageRecorder recorder;

	private final @Nullable KeyMode keyMode;

	/**
	 * @param recorder the recorder to report on
	 * @param keyMode the mode of the client's key, or null when there is no client (Monigo disabled)
	 */
	public MonigoHealthIndicator(UsageRecorder recorder, @Nullable KeyMode keyMode) {
		this.recorder = recorder;
		this.keyMode = keyMode;
	}

	@Override
	public Health health() {
		IngestStatus status = this.recorder.status();
		PipelineState state = status.state();
		Health.Builder health = state.isDown() ? Health.down().withDetail("reason", state.name()) : Health.up();
		health.withDetail("state", state.name());
		if (this.keyMode != null) {
			health.withDetail("keyMode", this.keyMode.name().toLowerCase(Locale.ROOT));
		}
		health.withDetail("pending", status.pending())
			.withDetail("waitingForCustomer", status.waiting())
			.withDetail("capacity", status.capacity())
			.withDetail("recorded", status.recorded())
			.withDetail("delivered", status.delivered())
			.withDetail("duplicates", status.duplicates())
			.withDetail("rejected", status.rejected())
			.withDetail("dropped", status.droppedTotal())
			.withDetail("oldestPendingAge", status.oldestPendingAge().toString());
		if (status.lastSuccess() != null) {
			health.withDetail("lastSuccess", status.lastSuccess().toString());
		}
		if (status.lastError() != null) {
			health.withDetail("lastError", status.lastError());
		}
		return health.build();
	}

}
