package co.monigo.spring.boot.autoconfigure.metering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.DropReason;
import co.monigo.metering.JournalStatus;
import co.monigo.metering.PipelineState;
import co.monigo.spring.boot.actuate.IngestStatusDetails;
import co.monigo.spring.boot.autoconfigure.MonigoAutoConfiguration;
import co.monigo.spring.boot.autoconfigure.StartupFailures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal as the starter sets it up: on by default (this module's build turns it off for its other
 * tests, so each test here turns it on in a folder of its own), validated at startup, visible.
 */
class MonigoJournalAutoConfigurationTests {

	@TempDir
	Path folder;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoAutoConfiguration.class, MonigoMeteringAutoConfiguration.class))
		.withPropertyValues("monigo.api-key=mk_test_journal_0001", "monigo.base-url=http://localhost:9",
				"monigo.metering.shutdown-timeout=100ms", "monigo.metering.journal.enabled=true");

	@Test
	void theRecorderKeepsEventsInTheConfiguredFolder() {
		this.contextRunner.withPropertyValues("monigo.metering.journal.directory=" + this.folder).run((context) -> {
			BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);
			recorder.record(IngestEvent.of("api_call", "cus_1"));

			JournalStatus journal = recorder.journalStatus();
			assertThat(journal).isNotNull();
			assertThat(journal.directory()).isEqualTo(this.folder.toString());
			assertThat(journal.events()).isEqualTo(1);
			assertThat(journal.maxBytes()).isEqualTo(1L << 30);
		});
	}

	@Test
	void withoutAFolderTheJournalIsInTheTemporaryFolderUnderTheApplicationsName() {
		this.contextRunner.withPropertyValues("spring.application.name=orders api").run((context) -> {
			JournalStatus journal = context.getBean(BatchingUsageRecorder.class).journalStatus();

			assertThat(Path.of(journal.directory()))
				.startsWith(Path.of(System.getProperty("java.io.tmpdir"), "monigo-journal", "orders_api"));
		});
	}

	@Test
	void whenTheJournalIsOffEventsAreKeptInMemory() {
		this.contextRunner.withPropertyValues("monigo.metering.journal.enabled=false")
			.run((context) -> assertThat(context.getBean(BatchingUsageRecorder.class).journalStatus()).isNull());
	}

	@Test
	void aFolderThatCannotBeCreatedFailsStartupNamingTheProperty() throws Exception {
		Path file = Files.writeString(this.folder.resolve("a-file"), "x");
		this.contextRunner.withPropertyValues("monigo.metering.journal.directory=" + file.resolve("journal"))
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = StartupFailures.analysisOf(context);
				assertThat(analysis.getDescription()).contains("monigo.metering.journal.directory", "cannot be created");
				assertThat(analysis.getAction()).contains("monigo.metering.journal.directory",
						"monigo.metering.journal.enabled=false");
			});
	}

	@Test
	void aMaximumSizeTooSmallFailsStartupNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("monigo.metering.journal.directory=" + this.folder, "monigo.metering.journal.max-size=1KB")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = StartupFailures.analysisOf(context);
				assertThat(analysis.getDescription()).contains("monigo.metering.journal.max-size", "at least");
			});
	}

	@Test
	void aBadPipelineValueFailsStartupNamingThePropertyFromTheSettingItself() {
		this.contextRunner.withPropertyValues("monigo.metering.circuit-breaker.sliding-window=0").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = StartupFailures.analysisOf(context);
			assertThat(analysis.getDescription())
				.contains("monigo.metering.circuit-breaker.sliding-window must be at least 1, was 0");
		});
	}

	@Test
	void theHealthAndEndpointDetailsShowTheJournal() {
		this.contextRunner.withPropertyValues("monigo.metering.journal.directory=" + this.folder).run((context) -> {
			BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);
			recorder.record(IngestEvent.of("api_call", "cus_1"));

			Map<String, Object> details = IngestStatusDetails.of(recorder.status());

			assertThat(details).containsKeys("failureStreak", "inFlightLimit", "recovered", "unknown");
			assertThat(details.get("journal")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsEntry("directory", this.folder.toString())
				.containsEntry("events", 1L)
				.containsKeys("bytes", "maxBytes", "corrupt");
		});
	}

	@Test
	void aContextStoppedAndStartedAgainRecordsAgainInsteadOfRefusingEvents() {
		this.contextRunner.withPropertyValues("monigo.metering.journal.directory=" + this.folder).run((context) -> {
			BatchingUsageRecorder recorder = context.getBean(BatchingUsageRecorder.class);
			recorder.record(IngestEvent.of("api_call", "cus_1"));

			context.stop();
			context.start();
			recorder.record(IngestEvent.of("api_call", "cus_1"));

			assertThat(recorder.status().state()).isNotEqualTo(PipelineState.STOPPED);
			assertThat(recorder.counters().droppedCount(DropReason.STOPPED)).isZero();
			assertThat(recorder.counters().droppedCount(DropReason.SHUTDOWN)).isZero();
			assertThat(recorder.counters().pendingCount()).isEqualTo(2);
		});
	}

}
