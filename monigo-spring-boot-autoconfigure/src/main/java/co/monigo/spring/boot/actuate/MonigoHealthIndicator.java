package co.monigo.spring.boot.actuate;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import co.monigo.client.core.KeyMode;
import co.monigo.metering.IngestStatus;
import co.monigo.metering.UsageRecorder;

/**
 * Health of the ingest pipeline. UP by default whatever Monigo's state: billing paused (Monigo refuses
 * the key, the quota is used up, the ingest URL is wrong, the circuit is open) must not take a healthy
 * application out of service through the aggregate health, liveness or readiness. The details say
 * whether events are being delivered ({@code delivering}), and if not why ({@code reason},
 * {@code description}, {@code lastError}); events are kept meanwhile, and {@code pending} and
 * {@code oldestPendingAge} say how much is waiting and for how long. With {@code downWhenPaused} the
 * indicator is DOWN while delivery is paused, for applications that want billing to count. The
 * details never hold the API key, only its mode.
 */
public class MonigoHealthIndicator implements HealthIndicator {

	private final UsageRecorder recorder;

	private final @Nullable KeyMode keyMode;

	private final boolean downWhenPaused;

	/**
	 * Reports UP whatever the pipeline's state.
	 * @param recorder the recorder to report on
	 * @param keyMode the mode of the client's key, or null when there is no client (Monigo disabled)
	 */
	public MonigoHealthIndicator(UsageRecorder recorder, @Nullable KeyMode keyMode) {
		this(recorder, keyMode, false);
	}

	/**
	 * @param recorder the recorder to report on
	 * @param keyMode the mode of the client's key, or null when there is no client (Monigo disabled)
	 * @param downWhenPaused whether to report DOWN while events cannot be delivered
	 */
	public MonigoHealthIndicator(UsageRecorder recorder, @Nullable KeyMode keyMode, boolean downWhenPaused) {
		this.recorder = recorder;
		this.keyMode = keyMode;
		this.downWhenPaused = downWhenPaused;
	}

	@Override
	public Health health() {
		IngestStatus status = this.recorder.status();
		Health.Builder health = (this.downWhenPaused && status.state().isDown()) ? Health.down() : Health.up();
		if (this.keyMode != null) {
			health.withDetail("keyMode", this.keyMode.name().toLowerCase(Locale.ROOT));
		}
		return health.withDetails(IngestStatusDetails.of(status)).build();
	}

}
