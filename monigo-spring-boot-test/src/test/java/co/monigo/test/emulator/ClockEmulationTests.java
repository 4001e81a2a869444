package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreatePortalTokenRequest;
import co.monigo.client.model.CreatePriceRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.Metric;
import co.monigo.client.model.Plan;
import co.monigo.client.model.PortalToken;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.UsageQuery;
import co.monigo.client.model.UsageRollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The test clock: the emulator's now moves, events keep their own timestamps.
 */
class ClockEmulationTests extends EmulatorTestSupport {

	private static final Instant NOVEMBER_10 = Instant.parse("2026-11-10T12:00:00Z");

	private static final Instant NOVEMBER_START = Instant.parse("2026-11-01T00:00:00Z");

	private static final Instant DECEMBER_START = Instant.parse("2026-12-01T00:00:00Z");

	private Customer ada;

	private Subscription subscribedAt(Instant now) {
		emulator.clock().set(now);
		this.ada = customer("ada");
		Metric calls = countMetric("api_call");
		Plan plan = await(this.monigo.plans()
			.create(CreatePlanRequest.of("Flat")
				.withPrice(CreatePriceRequest.of(calls.id(), PriceModel.FLAT_UNIT).withUnitPrice(new BigDecimal("2.00")))));
		return await(this.monigo.subscriptions().create(CreateSubscriptionRequest.of(this.ada.id(), plan.id())));
	}

	private void callsAt(String key, Instant... timestamps) {
		List<IngestEvent> events = new ArrayList<>();
		for (int i = 0; i < timestamps.length; i++) {
			events.add(IngestEvent.of("api_call", this.ada.id()).withIdempotencyKey(key + i).withTimestamp(timestamps[i]));
		}
		await(this.monigo.events().ingest(events));
	}

	@Test
	void novembersInvoiceGeneratedInDecemberBillsNovembersUsageOnly() {
		Subscription subscription = subscribedAt(NOVEMBER_10);
		callsAt("nov", NOVEMBER_10, NOVEMBER_10.plus(5, ChronoUnit.DAYS), DECEMBER_START.minusSeconds(1));
		emulator.clock().advance(Duration.ofDays(25));
		callsAt("dec", DECEMBER_START, DECEMBER_START.plus(3, ChronoUnit.DAYS));

		Invoice november = await(this.monigo.invoices().generate(subscription.id()));

		assertThat(november.periodStart()).isEqualTo(NOVEMBER_START);
		assertThat(november.periodEnd()).isEqualTo(DECEMBER_START);
		assertThat(november.lineItems()).singleElement()
			.satisfies((line) -> assertThat(line.quantity()).isEqualByComparingTo("3"));
		assertThat(november.total()).isEqualByComparingTo("6.00");
	}

	@Test
	void onceTheClosedPeriodIsInvoicedTheNextInvoiceIsTheCurrentPeriods() {
		Subscription subscription = subscribedAt(NOVEMBER_10);
		callsAt("nov", NOVEMBER_10);
		emulator.clock().advance(Duration.ofDays(25));
		callsAt("dec", DECEMBER_START, DECEMBER_START.plusSeconds(60));
		await(this.monigo.invoices().generate(subscription.id()));

		Invoice december = await(this.monigo.invoices().generate(subscription.id()));

		assertThat(december.periodStart()).isEqualTo(DECEMBER_START);
		assertThat(december.lineItems().get(0).quantity()).isEqualByComparingTo("2");
	}

	@Test
	void subscriptionMovesToTheNextPeriodWhenTheClockPassesItsEnd() {
		Subscription subscription = subscribedAt(NOVEMBER_10);
		assertThat(subscription.currentPeriodStart()).isEqualTo(NOVEMBER_START);

		emulator.clock().set(Instant.parse("2026-12-02T00:00:00Z"));

		Subscription moved = await(this.monigo.subscriptions().get(subscription.id()));
		assertThat(moved.currentPeriodStart()).isEqualTo(DECEMBER_START);
		assertThat(moved.currentPeriodEnd()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
	}

	@Test
	void usageWithoutARangeIsTheMonthOfTheEmulatorsNow() {
		subscribedAt(NOVEMBER_10);
		callsAt("nov", NOVEMBER_10);

		List<UsageRollup> rollups = all(this.monigo.usage().query(UsageQuery.currentPeriod()));

		assertThat(rollups).singleElement().satisfies((rollup) -> {
			assertThat(rollup.periodStart()).isEqualTo(NOVEMBER_START);
			assertThat(rollup.value()).isEqualByComparingTo("1");
		});
	}

	@Test
	void portalTokenExpiresWhenTheClockPassesItsExpiry() {
		emulator.clock().set(NOVEMBER_10);
		customer("ada");
		PortalToken token = await(this.monigo.portalTokens()
			.create(CreatePortalTokenRequest.of("ada").withExpiresAt(NOVEMBER_10.plus(1, ChronoUnit.HOURS))));
		String portalPath = token.portalUrl().substring(emulator.baseUrl().length());
		assertThat(raw("GET", portalPath, null, null).status()).isEqualTo(200);

		emulator.clock().advance(Duration.ofHours(2));

		assertThat(raw("GET", portalPath, null, null).status()).isEqualTo(401);
	}

	@Test
	void eventWithoutATimestampIsStampedWithTheEmulatorsNow() {
		emulator.clock().set(NOVEMBER_10);
		Customer bob = customer("bob");

		raw("POST", "/v1/ingest", TEST_KEY,
				"{\"events\": [{\"event_name\": \"api_call\", \"customer_id\": \"" + bob.id() + "\"}]}");

		assertThat(emulator.received().events()).singleElement()
			.satisfies((event) -> assertThat(event.timestamp()).isCloseTo(NOVEMBER_10, within(1, ChronoUnit.MINUTES)));
	}

	@Test
	void clockIsMovedOverHttpWithoutAKey() {
		RawResponse set = raw("POST", "/_emulator/clock", null, "{\"set\": \"2026-11-10T12:00:00Z\"}");
		RawResponse advanced = raw("POST", "/_emulator/clock", null, "{\"advance\": \"P1D\"}");

		assertThat(set.status()).isEqualTo(200);
		assertThat(Instant.parse(advanced.json().get("now").asString()))
			.isCloseTo(NOVEMBER_10.plus(1, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));
		assertThat(emulator.clock().now()).isCloseTo(NOVEMBER_10.plus(1, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));
		assertThat(raw("GET", "/_emulator/clock", null, null).json().has("now")).isTrue();
		raw("POST", "/_emulator/clock", null, "{\"reset\": true}");
		assertThat(emulator.clock().now()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
	}

	@Test
	void unreadableClockMoveIsRefusedNamingTheField() {
		RawResponse refused = raw("POST", "/_emulator/clock", null, "{\"advance\": \"tomorrow\"}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("details").has("advance")).isTrue();
	}

	@Test
	void clockDoesNotGoBackByAdvancing() {
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.clock().advance(Duration.ofDays(-1)));
	}

	@Test
	void resetSetsTheClockBackToTheSystemsTime() {
		emulator.clock().set(NOVEMBER_10.minus(400, ChronoUnit.DAYS));

		emulator.reset();

		assertThat(emulator.clock().now()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
	}

}
