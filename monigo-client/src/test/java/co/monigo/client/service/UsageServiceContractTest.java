package co.monigo.client.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.client.model.Aggregation;
import co.monigo.client.model.UsageQuery;
import co.monigo.client.model.UsageRollup;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UsageServiceContractTest extends ContractTestSupport {

	private static final String SUM_ROLLUP = """
			{"id": "ru_1", "org_id": "org_1", "customer_id": "cus_1", "metric_id": "met_1",
			 "period_start": "2026-02-01T00:00:00Z", "period_end": "2026-03-01T00:00:00Z",
			 "aggregation": "sum", "value": 1500.50, "event_count": 42,
			 "last_event_at": "2026-02-14T09:30:00Z", "is_test": true,
			 "created_at": "2026-02-01T00:01:00Z", "updated_at": "2026-02-14T09:30:05Z",
			 "future_field": {"nested": true}}""";

	private static final String PERCENTILE_ROLLUP = """
			{"id": "ru_2", "org_id": "org_1", "customer_id": "cus_1", "metric_id": "met_2",
			 "period_start": "2026-02-01T00:00:00Z", "period_end": "2026-03-01T00:00:00Z",
			 "aggregation": "p95", "value": 0, "event_count": 0, "is_test": false,
			 "created_at": "2026-02-01T00:01:00Z", "updated_at": "2026-02-01T00:01:00Z"}""";

	private static final String ROLLUPS = "{\"rollups\": [" + SUM_ROLLUP + ", " + PERCENTILE_ROLLUP
			+ "], \"count\": 2}";

	@Test
	void queryForTheCurrentPeriodSendsNoParametersAndReadsEveryRollup() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/usage")).willReturn(okJson(ROLLUPS)));

		List<UsageRollup> rollups = this.client.usage().query(UsageQuery.currentPeriod()).collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/usage"))));
		assertThat(rollups).hasSize(2);
		UsageRollup sum = rollups.get(0);
		assertThat(sum).usingRecursiveComparison()
			.ignoringFields("value")
			.isEqualTo(new UsageRollup("ru_1", "org_1", "cus_1", "met_1", Instant.parse("2026-02-01T00:00:00Z"),
					Instant.parse("2026-03-01T00:00:00Z"), Aggregation.SUM, BigDecimal.ZERO, 42,
					Instant.parse("2026-02-14T09:30:00Z"), true, Instant.parse("2026-02-01T00:01:00Z"),
					Instant.parse("2026-02-14T09:30:05Z")));
		assertThat(sum.value().toPlainString()).as("a JSON number, read exactly").isEqualTo("1500.50");
		UsageRollup percentile = rollups.get(1);
		assertThat(percentile.aggregation()).as("an aggregation the client does not know").isEqualTo(Aggregation.UNKNOWN);
		assertThat(percentile.value()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(percentile.lastEventAt()).isNull();
		assertThat(percentile.isTest()).isFalse();
	}

	@Test
	void queryWithoutArgumentsIsTheCurrentPeriod() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/usage")).willReturn(okJson("{\"rollups\": [], \"count\": 0}")));

		List<UsageRollup> rollups = this.client.usage().query().collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/usage"))));
		assertThat(rollups).isEmpty();
	}

	@Test
	void querySendsEverySetFilterWithInstantsAsEncodedUtcIsoStrings() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/usage")).willReturn(okJson(ROLLUPS)));

		List<UsageRollup> rollups = this.client.usage()
			.query(UsageQuery.currentPeriod()
				.withCustomerId("cus 1&x=y")
				.withMetricId("met_1")
				.withFrom(Instant.parse("2026-02-01T10:00:00Z"))
				.withTo(Instant.parse("2026-02-28T23:59:59.500Z")))
			.collectList()
			.block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/usage?customer_id=cus%201%26x%3Dy&metric_id=met_1"
				+ "&from=2026-02-01T10%3A00%3A00Z&to=2026-02-28T23%3A59%3A59.500Z"))));
		assertThat(rollups).extracting(UsageRollup::id).containsExactly("ru_1", "ru_2");
	}

	@Test
	void querySendsOnlyTheSetFilters() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/usage")).willReturn(okJson(ROLLUPS)));

		this.client.usage()
			.query(UsageQuery.currentPeriod().withFrom(Instant.parse("2026-02-01T00:00:00Z")))
			.collectList()
			.block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/usage?from=2026-02-01T00%3A00%3A00Z"))));
	}

	@Test
	void queryRefusesAFromAfterTheTo() {
		UsageQuery endsFirst = UsageQuery.currentPeriod().withTo(Instant.parse("2026-02-01T00:00:00Z"));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> endsFirst.withFrom(Instant.parse("2026-02-02T00:00:00Z")))
			.withMessageStartingWith("from must not be after to");
		assertThat(UsageQuery.currentPeriod()
			.withFrom(Instant.parse("2026-02-01T00:00:00Z"))
			.withTo(Instant.parse("2026-02-01T00:00:00Z"))
			.from()).as("an empty range is allowed").isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
	}

}
