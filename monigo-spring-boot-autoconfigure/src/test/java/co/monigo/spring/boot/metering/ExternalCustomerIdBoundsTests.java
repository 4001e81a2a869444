package co.monigo.spring.boot.metering;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;
import co.monigo.spring.boot.autoconfigure.metering.CapturingUsageRecorder;
import co.monigo.spring.boot.metering.ExternalCustomerIdSinkTests.DeadLetters;
import co.monigo.spring.boot.metering.MissingCustomers.Miss;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * What ids Monigo does not know can cost is bounded: look-ups, places for waiting events, log lines.
 */
class ExternalCustomerIdBoundsTests {

	@RegisterExtension
	final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final CapturingUsageRecorder recorder = new CapturingUsageRecorder();

	private final DeadLetters deadLetters = new DeadLetters();

	private ExternalCustomerIdSink sink;

	private ExternalCustomerIdSink sink(int maxWaiting, int maxWaitingPerCustomer, Duration retryInterval,
			int maxLookups) {
		MonigoClient client = MonigoClient.builder()
			.apiKey("mk_test_bounds")
			.baseUrl(this.wireMock.baseUrl())
			.maxRetries(0)
			.build();
		this.sink = new ExternalCustomerIdSink(this.recorder, DropRecorder.deadLettering(this.deadLetters), client,
				new ExternalCustomerIdSettings(false, 1_000, Duration.ofMinutes(10), maxWaiting,
						maxWaitingPerCustomer, retryInterval, retryInterval.multipliedBy(2).plusSeconds(10), maxLookups));
		return this.sink;
	}

	@AfterEach
	void close() {
		if (this.sink != null) {
			this.sink.close();
		}
	}

	private void noCustomer(String externalId) {
		this.wireMock.stubFor(get("/v1/customers/" + externalId)
			.willReturn(aResponse().withStatus(404).withBody("{\"error\": \"customer not found\"}")));
	}

	@Test
	void afterTheLastLookUpAllowedAnIdsEventsAndItsNewOnesAreDroppedWithoutAnotherLookUp() {
		noCustomer("stranger");
		ExternalCustomerIdSink sink = sink(1_000, 1_000, Duration.ofMillis(50), 2);
		for (int i = 0; i < 3; i++) {
			sink.accept(IngestEvent.of("api_call", "stranger"));
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> sink.droppedCount() == 3);
		sink.accept(IngestEvent.of("api_call", "stranger"));

		assertThat(sink.droppedCount()).isEqualTo(4);
		assertThat(sink.waitingCount()).isZero();
		assertThat(sink.lookupCount()).isEqualTo(2);
		this.wireMock.verify(2, getRequestedFor(urlEqualTo("/v1/customers/stranger")));
		assertThat(this.deadLetters.dropped).hasSize(4);
	}

	@Test
	void aFailingLookUpBacksOffButDoesNotGiveTheEventsUp() {
		this.wireMock.stubFor(get("/v1/customers/user_1").willReturn(serverError()));
		ExternalCustomerIdSink sink = sink(1_000, 1_000, Duration.ofMillis(20), 1);
		sink.accept(IngestEvent.of("api_call", "user_1"));

		await().atMost(Duration.ofSeconds(10)).until(() -> sink.failedLookupCount() >= 2);

		assertThat(sink.droppedCount()).isZero();
		assertThat(sink.waitingCount()).isOne();
	}

	@Test
	void theDelayBeforeTheNextLookUpDoublesUpToTheLongest() {
		MissingCustomers missing = new MissingCustomers(Duration.ofSeconds(30), Duration.ofMinutes(2), 10, 100);

		assertThat(missing.missed("x", true, 0).delay()).isEqualTo(Duration.ofSeconds(30));
		assertThat(missing.missed("x", true, 0).delay()).isEqualTo(Duration.ofSeconds(60));
		assertThat(missing.missed("x", true, 0).delay()).isEqualTo(Duration.ofSeconds(120));
		Miss fourth = missing.missed("x", true, 0);

		assertThat(fourth.delay()).isEqualTo(Duration.ofSeconds(120));
		assertThat(missing.isDue("x", Duration.ofSeconds(119).toNanos())).isFalse();
		assertThat(missing.isDue("x", Duration.ofSeconds(120).toNanos())).isTrue();
	}

	@Test
	void oneIdKeepsNoMoreThanItsShareOfThePlaces() {
		noCustomer("stranger");
		noCustomer("user_2");
		ExternalCustomerIdSink sink = sink(1_000, 2, Duration.ofHours(1), 5);

		for (int i = 0; i < 5; i++) {
			sink.accept(IngestEvent.of("api_call", "stranger"));
		}
		sink.accept(IngestEvent.of("api_call", "user_2"));

		assertThat(sink.waitingCount()).isEqualTo(3);
		assertThat(sink.droppedCount()).isEqualTo(3);
	}

	@Test
	void whenAllPlacesAreTakenAnIdNotKnownToBeMissingPushesOutAnEventOfOneThatIs() {
		noCustomer("stranger");
		this.wireMock.stubFor(get("/v1/customers/user_new").willReturn(
				okJson("{\"customer\": {\"id\": \"cus_new\", \"external_id\": \"user_new\"}}").withFixedDelay(500)));
		ExternalCustomerIdSink sink = sink(2, 1_000, Duration.ofHours(1), 5);
		sink.accept(IngestEvent.of("api_call", "stranger"));
		sink.accept(IngestEvent.of("api_call", "stranger"));
		await().atMost(Duration.ofSeconds(10)).until(() -> sink.isKnownMissing("stranger"));

		sink.accept(IngestEvent.of("api_call", "user_new"));

		assertThat(sink.droppedCount()).isOne();
		assertThat(this.deadLetters.dropped).singleElement()
			.satisfies((dropped) -> assertThat(dropped.event().customerId()).isEqualTo("stranger"));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.recorder.events.size() == 1);
		assertThat(this.recorder.events.get(0).customerId()).isEqualTo("cus_new");
	}

	@Test
	void anIdIsLoggedAtMostOncePerIntervalAndWithItsControlCharactersEscaped() {
		MissLog log = new MissLog(Duration.ofMinutes(1), 0);
		try (CapturedLog captured = CapturedLog.of(ExternalCustomerIdSink.class)) {
			Miss miss = new Miss(1, 1, 0, Duration.ofSeconds(30), false);
			for (int i = 0; i < 3; i++) {
				log.missed("forged\nWARN line", miss, 1, Duration.ofSeconds(i * 20).toNanos(), "not found");
			}
			log.close();

			assertThat(captured.linesAtLeast(Level.WARN)).singleElement()
				.asString()
				.contains("'forged\\u000aWARN line'")
				.doesNotContain("\n");
		}
	}

	@Test
	void settingsOutOfRangeAreRefusedNamingTheProperty() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExternalCustomerIdSettings(false, 1_000, Duration.ofMinutes(10), 1_000, 1_000,
					Duration.ofSeconds(30), Duration.ofMinutes(10), 0))
			.withMessage("monigo.metering.customer.max-lookups must be positive, but is 0");
	}

	@Test
	void missesAreLoggedOneByOneOnlyUpToTheBoundOfAnIntervalThenSummedUp() {
		MissLog log = new MissLog(Duration.ofMinutes(1), 0);
		try (CapturedLog captured = CapturedLog.of(ExternalCustomerIdSink.class)) {
			Miss miss = new Miss(1, 1, 0, Duration.ofSeconds(30), false);
			for (int i = 0; i < 1_000; i++) {
				log.missed("stranger_" + i, miss, 1, Duration.ofSeconds(i % 60).toNanos(), "not found");
			}
			log.close();

			assertThat(captured.linesAtLeast(Level.WARN)).hasSize(MissLog.LINES_PER_INTERVAL + 1)
				.last()
				.asString()
				.contains("995 more external id look-ups within 1m", "stranger_5");
		}
	}

}
