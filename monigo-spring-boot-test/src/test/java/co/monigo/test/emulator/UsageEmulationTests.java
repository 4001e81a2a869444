package co.monigo.test.emulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.client.model.Aggregation;
import co.monigo.client.model.CreateMetricRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.Metric;
import co.monigo.client.model.UsageQuery;
import co.monigo.client.model.UsageRollup;

import static org.assertj.core.api.Assertions.assertThat;

class UsageEmulationTests extends EmulatorTestSupport {

	private Customer ada;

	private Metric metric(Aggregation aggregation) {
		return await(this.monigo.metrics()
			.create(CreateMetricRequest.of("Tokens " + aggregation, "llm_call", aggregation, "tokens")));
	}

	/** Ingests llm_call events of ada with these token counts, and an unrelated event of another kind. */
	private void ingestTokens(Object... tokens) {
		this.ada = customer("ada");
		List<IngestEvent> events = new ArrayList<>();
		for (int i = 0; i < tokens.length; i++) {
			events.add(IngestEvent.of("llm_call", this.ada.id()).withIdempotencyKey("t" + i).withProperty("tokens", tokens[i]));
		}
		events.add(IngestEvent.of("other", this.ada.id()).withIdempotencyKey("o").withProperty("tokens", 1000));
		await(this.monigo.events().ingest(events));
	}

	private UsageRollup rollupOf(Metric metric) {
		return all(this.monigo.usage().query(UsageQuery.currentPeriod().withCustomerId(this.ada.id()).withMetricId(metric.id())))
			.get(0);
	}

	@Test
	void countCountsTheMetricsEventsOfTheCustomer() {
		ingestTokens(10, 20, 30);
		Metric count = await(this.monigo.metrics().create(CreateMetricRequest.of("Calls", "llm_call", Aggregation.COUNT)));

		UsageRollup rollup = rollupOf(count);

		assertThat(rollup.value()).isEqualByComparingTo("3");
		assertThat(rollup.eventCount()).isEqualTo(3);
		assertThat(rollup.aggregation()).isEqualTo(Aggregation.COUNT);
		assertThat(rollup.isTest()).isTrue();
		assertThat(rollup.lastEventAt()).isNotNull();
	}

	@Test
	void sumAddsTheAggregationProperty() {
		ingestTokens(10, 20.5, 30);

		assertThat(rollupOf(metric(Aggregation.SUM)).value()).isEqualByComparingTo("60.5");
	}

	@Test
	void maxAndMinimumPickTheExtremes() {
		ingestTokens(10, 70, 30);

		assertThat(rollupOf(metric(Aggregation.MAX)).value()).isEqualByComparingTo("70");
		assertThat(rollupOf(metric(Aggregation.MINIMUM)).value()).isEqualByComparingTo("10");
	}

	@Test
	void averageDividesTheSumByTheEventsThatCarryTheProperty() {
		ingestTokens(10, 20, 40);

		UsageRollup rollup = rollupOf(metric(Aggregation.AVERAGE));

		assertThat(rollup.value()).isEqualByComparingTo("23.33333333333333");
	}

	@Test
	void uniqueCountsDistinctValues() {
		ingestTokens("gpt", "claude", "gpt", 5, 5.0);

		assertThat(rollupOf(metric(Aggregation.UNIQUE)).value()).isEqualByComparingTo("3");
	}

	@Test
	void rollupsAreOnlyForPairsWithEventsUnlessOneWasAskedFor() {
		ingestTokens(10);
		Metric sum = metric(Aggregation.SUM);
		Metric unused = await(this.monigo.metrics().create(CreateMetricRequest.of("SMS", "sms", Aggregation.COUNT)));

		assertThat(all(this.monigo.usage().query())).extracting(UsageRollup::metricId).containsExactly(sum.id());
		assertThat(rollupOf(unused).value()).isEqualByComparingTo("0");
		assertThat(rollupOf(unused).eventCount()).isZero();
	}

	@Test
	void eventsOutsideTheRangeAreNotCounted() {
		this.ada = customer("ada");
		Instant old = Instant.now().minus(400, ChronoUnit.DAYS);
		await(this.monigo.events()
			.ingest(List.of(IngestEvent.of("llm_call", this.ada.id()).withIdempotencyKey("old").withTimestamp(old))));
		Metric count = await(this.monigo.metrics().create(CreateMetricRequest.of("Calls", "llm_call", Aggregation.COUNT)));

		assertThat(rollupOf(count).value()).isEqualByComparingTo("0");
		UsageRollup ranged = all(this.monigo.usage()
			.query(UsageQuery.currentPeriod()
				.withCustomerId(this.ada.id())
				.withMetricId(count.id())
				.withFrom(old.minusSeconds(1))
				.withTo(old.plusSeconds(1)))).get(0);
		assertThat(ranged.value()).isEqualByComparingTo("1");
		assertThat(ranged.periodStart()).isEqualTo(old.minusSeconds(1));
	}

	@Test
	void unknownCustomerOrMetricIsNotFound() {
		Metric count = await(this.monigo.metrics().create(CreateMetricRequest.of("Calls", "llm_call", Aggregation.COUNT)));

		assertThat(failure(this.monigo.usage().query(UsageQuery.currentPeriod().withCustomerId("cus_none")).collectList())
			.isNotFound()).isTrue();
		assertThat(failure(this.monigo.usage().query(UsageQuery.currentPeriod().withMetricId("met_none")).collectList())
			.isNotFound()).isTrue();
		assertThat(count).isNotNull();
	}

}
