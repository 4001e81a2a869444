package co.monigo.spring.boot.actuate;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import co.monigo.spring.boot.metering.MeteringFailures;

/**
 * Binds {@code monigo.metered.failures}: the {@code @Metered} calls that could not be turned into a
 * usage event, by reason ({@code expression}, {@code no_customer}, {@code invalid_customer},
 * {@code invalid_event}). The call itself went through; its usage was not recorded.
 */
public class MeteringFailuresMeterBinder implements MeterBinder {

	private final MeteringFailures failures;

	public MeteringFailuresMeterBinder(MeteringFailures failures) {
		this.failures = failures;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (MeteringFailures.Reason reason : MeteringFailures.Reason.values()) {
			FunctionCounter.builder("monigo.metered.failures", this.failures, (failures) -> failures.count(reason))
				.description("@Metered calls whose usage event could not be made, by reason")
				.tag("reason", reason.tag())
				.register(registry);
		}
	}

}
