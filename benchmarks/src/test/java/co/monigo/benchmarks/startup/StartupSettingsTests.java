package co.monigo.benchmarks.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StartupSettingsTests {

	@TempDir
	Path directory;

	@Test
	void argumentsOverrideTheDefaults() {
		StartupSettings settings = StartupSettings.parse("--runs=4", "--discarded=0", "--plain-jar=a.jar",
				"--monigo-jar=b.jar", "--output=out", "--profile=true",
				"--monigo-options=-Dstartup.metered-endpoint=false -Xshare:auto");

		assertThat(settings).isEqualTo(new StartupSettings(4, 0, Path.of("a.jar"), Path.of("b.jar"), Path.of("out"), true,
				List.of("-Dstartup.metered-endpoint=false", "-Xshare:auto")));
	}

	@Test
	void theExecutableJarIsTheOneWithTheExecClassifier() throws IOException {
		Files.createFile(this.directory.resolve("app-0.1.0.jar"));
		Path executable = Files.createFile(this.directory.resolve("app-0.1.0-exec.jar"));

		assertThat(StartupSettings.executableJarIn(this.directory)).isEqualTo(executable);
	}

	@Test
	void aDirectoryWithoutAnExecutableJarIsReported() {
		assertThatIllegalStateException().isThrownBy(() -> StartupSettings.executableJarIn(this.directory))
			.withMessageContaining("expected one *-exec.jar");
	}

	@Test
	void fewerThanTwoRunsAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StartupSettings.parse("--runs=1", "--plain-jar=a.jar", "--monigo-jar=b.jar"));
	}

	@Test
	void anUnknownArgumentIsRefusedWithTheKnownOnes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StartupSettings.parse("--forks=2", "--plain-jar=a.jar", "--monigo-jar=b.jar"))
			.withMessageContaining("--runs");
	}

}
