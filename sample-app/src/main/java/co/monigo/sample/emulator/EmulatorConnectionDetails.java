package co.monigo.sample.emulator;

import co.monigo.spring.boot.autoconfigure.MonigoConnectionDetails;
import co.monigo.test.emulator.MonigoEmulator;

/**
 * The embedded emulator's address, with its test-mode key.
 */
final class EmulatorConnectionDetails implements MonigoConnectionDetails {

	private final String baseUrl;

	EmulatorConnectionDetails(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	@Override
	public String baseUrl() {
		return this.baseUrl;
	}

	@Override
	public String apiKey() {
		return MonigoEmulator.TEST_API_KEY;
	}

	@Override
	public String toString() {
		return "EmulatorConnectionDetails[baseUrl=" + this.baseUrl + "]";
	}

}
