package co.monigo.benchmarks.outage;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import co.monigo.test.emulator.Faults;

/**
 * What Monigo's ingest does during a measurement. Only {@value #INGEST_PATH} is hit: the customer
 * look-ups and the rest of the API keep answering, as in a partial outage of the ingest service.
 */
enum IngestOutage {

	/** Ingest answers normally. */
	HEALTHY("healthy") {
		@Override
		void inject(Faults faults) {
		}
	},

	/** Every ingest request is answered 503 at once. */
	UNAVAILABLE("503") {
		@Override
		void inject(Faults faults) {
			faults.always().on("POST", INGEST_PATH).respondWith(503);
		}
	},

	/** Every ingest request is read and never answered (held far longer than any client timeout). */
	HANGING("hang") {
		@Override
		void inject(Faults faults) {
			faults.always().on("POST", INGEST_PATH).delay(HANG);
		}
	};

	static final String INGEST_PATH = "/v1/ingest";

	private static final Duration HANG = Duration.ofDays(1);

	private final String label;

	IngestOutage(String label) {
		this.label = label;
	}

	/** Makes the emulator's ingest behave as this mode says, from now on. */
	abstract void inject(Faults faults);

	/** The mode's short name, as given on the command line and shown in the results. */
	String label() {
		return this.label;
	}

	/** The mode of a short name: {@code healthy}, {@code 503} or {@code hang}. */
	static IngestOutage ofLabel(String label) {
		return Arrays.stream(values())
			.filter((mode) -> mode.label.equals(label.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("mode must be healthy, 503 or hang, was " + label));
	}

}
