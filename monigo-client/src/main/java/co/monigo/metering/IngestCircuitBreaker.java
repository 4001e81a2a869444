package co.monigo.metering;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * The circuit breaker guarding ingest requests, from the settings: it counts only the failures of a
 * struggling server ({@link FailureKind#isServerTrouble}) and tells the pipeline's health when it opens.
 */
final class IngestCircuitBreaker {

	private IngestCircuitBreaker() {
	}

	static CircuitBreaker of(MeteringSettings.CircuitSettings circuit, PipelineHealth health) {
		CircuitBreaker breaker = CircuitBreaker.of("monigo-ingest",
				CircuitBreakerConfig.custom()
					.failureRateThreshold(circuit.failureRate())
					.slidingWindowSize(circuit.slidingWindow())
					.minimumNumberOfCalls(circuit.minimumCalls())
					.waitDurationInOpenState(circuit.openDuration())
					.permittedNumberOfCallsInHalfOpenState(circuit.halfOpenCalls())
					.recordException(FailureKind::isServerTrouble)
					.build());
		breaker.getEventPublisher().onStateTransition((transition) -> {
			if (transition.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
				health.circuitOpened();
			}
		});
		return breaker;
	}

}
