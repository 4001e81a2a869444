package co.monigo.metering;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.IngestEvent;

/**
 * Starting a recorder against a fake ingest server, and recording into it, for the pipeline tests.
 */
final class Pipelines {

	static final String API_KEY = "mk_test_pipeline_0002";

	static final Duration WAIT = Duration.ofSeconds(60);

	private Pipelines() {
	}

	static BatchingUsageRecorder start(String baseUrl, Duration clientTimeout, MeteringSettings settings,
			DeadLetterHandler deadLetters) {
		return start(baseUrl, clientTimeout, settings, deadLetters, Schedulers.parallel());
	}

	static BatchingUsageRecorder start(String baseUrl, Duration clientTimeout, MeteringSettings settings,
			DeadLetterHandler deadLetters, Scheduler scheduler) {
		MonigoClient client = MonigoClient.builder().apiKey(API_KEY).baseUrl(baseUrl).timeout(clientTimeout).build();
		BatchingUsageRecorder recorder = new BatchingUsageRecorder(IngestSender.of(client), settings, deadLetters,
				scheduler);
		recorder.start();
		return recorder;
	}

	/** Records events for these customers, in order; returns their keys in order. */
	static Set<String> record(BatchingUsageRecorder recorder, int count, IntFunction<String> customer) {
		Set<String> keys = new LinkedHashSet<>();
		for (int i = 0; i < count; i++) {
			keys.add(recorder.record(IngestEvent.of("api_call", customer.apply(i)).withProperty("n", i)).idempotencyKey());
		}
		return keys;
	}

	static Set<String> record(BatchingUsageRecorder recorder, int count) {
		return record(recorder, count, (i) -> "cus_" + (i % 7));
	}

	static void flush(BatchingUsageRecorder recorder) throws Exception {
		recorder.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
