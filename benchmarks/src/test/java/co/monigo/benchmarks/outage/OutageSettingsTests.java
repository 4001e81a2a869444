package co.monigo.benchmarks.outage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutageSettingsTests {

	@Test
	void withNoArgumentsEveryModeIsMeasuredInAboutThreeMinutes() {
		OutageSettings settings = OutageSettings.parse();

		assertThat(settings.modes()).containsExactly(IngestOutage.HEALTHY, IngestOutage.UNAVAILABLE,
				IngestOutage.HANGING);
		assertThat(settings.warmup()).isEqualTo(Duration.ofSeconds(15));
		assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(20));
		assertThat(settings.threads()).isEqualTo(1);
		assertThat(settings.connections()).isEqualTo(8);
		assertThat(settings.pause()).isZero();
		assertThat(settings.rounds()).isEqualTo(1);
		assertThat(settings.appJar()).isEqualTo(Path.of("sample-app/target/sample-app.jar"));
		assertThat(settings.output()).isEqualTo(Path.of("benchmarks/target/outage"));
		assertThat(settings.profile()).isFalse();
		assertThat(settings.appArguments()).isEmpty();
	}

	@Test
	void argumentsOverrideTheDefaults() {
		OutageSettings settings = OutageSettings.parse("--modes=healthy,hang", "--warmup=3", "--duration=4",
				"--threads=2", "--connections=16", "--pause=2", "--rounds=3", "--app-jar=app.jar", "--output=out", "--profile=true",
				"--app-args=--a=1  --b=2");

		assertThat(settings.modes()).containsExactly(IngestOutage.HEALTHY, IngestOutage.HANGING);
		assertThat(settings.warmup()).isEqualTo(Duration.ofSeconds(3));
		assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(4));
		assertThat(settings.threads()).isEqualTo(2);
		assertThat(settings.connections()).isEqualTo(16);
		assertThat(settings.pause()).isEqualTo(Duration.ofMillis(2));
		assertThat(settings.rounds()).isEqualTo(3);
		assertThat(settings.appJar()).isEqualTo(Path.of("app.jar"));
		assertThat(settings.output()).isEqualTo(Path.of("out"));
		assertThat(settings.profile()).isTrue();
		assertThat(settings.appArguments()).isEqualTo(List.of("--a=1", "--b=2"));
	}

	@Test
	void theHealthyBaselineMustComeFirst() {
		assertThatIllegalArgumentException().isThrownBy(() -> OutageSettings.parse("--modes=503,healthy"))
			.withMessageContaining("must start with healthy");
	}

	@Test
	void anUnknownModeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> OutageSettings.parse("--modes=healthy,slow"))
			.withMessageContaining("healthy, 503 or hang");
	}

	@Test
	void anUnknownArgumentIsRefusedWithTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> OutageSettings.parse("--speed=2"))
			.withMessageContaining("--speed=2")
			.withMessageContaining("--duration");
	}

	@Test
	void anArgumentWithoutAValueIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> OutageSettings.parse("--profile"))
			.withMessageContaining("--name=value");
	}

}
