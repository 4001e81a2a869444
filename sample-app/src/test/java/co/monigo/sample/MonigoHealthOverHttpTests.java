package co.monigo.sample;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.UsageRecorder;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Monigo refusing the key (401 from the emulator) must not take the application out of service: by
 * default {@code /actuator/health} stays 200 and UP and the {@code monigo} component says why delivery
 * is paused; an application that wants billing to count opts in with
 * {@code management.health.monigo.down-when-paused=true}.
 */
class MonigoHealthOverHttpTests {

	private static final Duration PAUSE = Duration.ofSeconds(20);

	abstract static class WhileMonigoRefusesTheKey {

		@LocalServerPort
		int port;

		@Autowired
		MonigoEmulator emulator;

		@Autowired
		UsageRecorder recorder;

		@AfterEach
		void acceptTheKeyAgain() {
			this.emulator.faults().clear();
		}

		ResponseEntity<JsonNode> healthOncePaused(String path) {
			this.emulator.faults().always().onPath("/v1/ingest").respondWith(401);
			this.recorder.record(IngestEvent.of("api_call", "cus_refused"));
			await().atMost(PAUSE).until(() -> this.recorder.status().state().isDown());
			return RestClient.create("http://localhost:" + this.port)
				.get()
				.uri(path)
				.retrieve()
				.onStatus((status) -> true, (request, response) -> {
				})
				.toEntity(JsonNode.class);
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = { "monigo.api-key=", "sample.demo.enabled=false",
					"monigo.metering.paused-retry-interval=200ms", "monigo.metering.linger=20ms" })
	class ByDefault extends WhileMonigoRefusesTheKey {

		@Test
		void healthStays200AndUpAndTheMonigoComponentSaysWhy() {
			ResponseEntity<JsonNode> health = healthOncePaused("/actuator/health");

			assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
			JsonNode body = health.getBody();
			assertThat(body.at("/status").asString()).isEqualTo("UP");
			assertThat(body.at("/components/monigo/status").asString()).isEqualTo("UP");
			assertThat(body.at("/components/monigo/details/delivering").asBoolean()).isFalse();
			assertThat(body.at("/components/monigo/details/reason").asString()).isEqualTo("UNAUTHORIZED");
			assertThat(body.at("/components/monigo/details/description").asString()).contains("monigo.api-key");
			assertThat(body.at("/components/monigo/details/lastError").asString()).contains("401");
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = { "monigo.api-key=", "sample.demo.enabled=false",
					"monigo.metering.paused-retry-interval=200ms", "monigo.metering.linger=20ms",
					"management.health.monigo.down-when-paused=true",
					"management.endpoint.health.group.billing.include=monigo" })
	class WhenTheApplicationOptsIn extends WhileMonigoRefusesTheKey {

		@Test
		void healthIs503AndDown() {
			ResponseEntity<JsonNode> health = healthOncePaused("/actuator/health");

			assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(health.getBody().at("/status").asString()).isEqualTo("DOWN");
			assertThat(health.getBody().at("/components/monigo/status").asString()).isEqualTo("DOWN");
		}

		@Test
		void aHealthGroupIncludingMonigoIs503AndDown() {
			ResponseEntity<JsonNode> billing = healthOncePaused("/actuator/health/billing");

			assertThat(billing.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(billing.getBody().at("/status").asString()).isEqualTo("DOWN");
		}

	}

}
