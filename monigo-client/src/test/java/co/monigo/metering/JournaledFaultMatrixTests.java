package co.monigo.metering;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.io.TempDir;

import co.monigo.metering.journal.JournalSettings;

/**
 * Every scenario of the fault matrix with the journal on: the same promises hold.
 */
class JournaledFaultMatrixTests extends IngestPipelineFaultMatrixTests {

	@TempDir
	Path directory;

	@Override
	protected JournalSettings journal() {
		return new JournalSettings(this.directory, 64L << 20, Duration.ZERO);
	}

}
