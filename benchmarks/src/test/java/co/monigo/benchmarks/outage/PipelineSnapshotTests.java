package co.monigo.benchmarks.outage;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineSnapshotTests {

	private static final String DURING_OUTAGE = """
			{"state":"RUNNING","keyMode":"test","baseUrl":"http://127.0.0.1:40799","recorded":42374,
			"delivered":5607,"duplicates":0,"rejected":0,"dropped":25431,"droppedByReason":{"queue_full":25431,
			"block_timeout":0,"shutdown":0,"stopped":0,"disabled":0},"pending":11336,"capacity":10000,
			"oldestPendingAge":"PT10.312794766S","lastSuccess":"2026-11-21T21:16:38.651769635Z",
			"lastError":"Monigo API answered 503: emulated failure: HTTP 503"}""";

	private static final String HEALTHY = """
			{"state":"RUNNING","recorded":22288,"delivered":20970,"dropped":0,"droppedByReason":{"queue_full":0},
			"pending":1318,"capacity":10000}""";

	@Test
	void readsTheEndpointsJson() {
		PipelineSnapshot snapshot = PipelineSnapshot.parse(DURING_OUTAGE);

		assertThat(snapshot.state()).isEqualTo("RUNNING");
		assertThat(snapshot.recorded()).isEqualTo(42374);
		assertThat(snapshot.delivered()).isEqualTo(5607);
		assertThat(snapshot.dropped()).isEqualTo(25431);
		assertThat(snapshot.droppedByReason()).containsEntry("queue_full", 25431L).containsEntry("shutdown", 0L);
		assertThat(snapshot.pending()).isEqualTo(11336);
		assertThat(snapshot.capacity()).isEqualTo(10000);
		assertThat(snapshot.lastError()).isEqualTo("Monigo API answered 503: emulated failure: HTTP 503");
	}

	@Test
	void anAbsentLastErrorIsNull() {
		assertThat(PipelineSnapshot.parse(HEALTHY).lastError()).isNull();
	}

	@Test
	void droppedSinceCountsOnlyTheReasonsThatGrew() {
		PipelineSnapshot before = new PipelineSnapshot("RUNNING", 10, 5, 2, Map.of("queue_full", 2L, "shutdown", 0L), 3,
				10, null);
		PipelineSnapshot after = new PipelineSnapshot("RUNNING", 9000, 5, 3502,
				Map.of("queue_full", 2502L, "shutdown", 1000L, "stopped", 0L), 3, 10, null);

		assertThat(after.droppedSince(before)).isEqualTo("queue_full: 2,500, shutdown: 1,000");
		assertThat(before.droppedSince(before)).isEqualTo("0");
	}

}
