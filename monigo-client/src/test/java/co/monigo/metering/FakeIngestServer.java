package co.monigo.metering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import co.monigo.client.internal.MonigoJson;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A WireMock ingest endpoint that behaves like Monigo's: it de-duplicates by idempotency key and
 * answers {@code {"ingested": [...], "duplicates": [...]}}, and it fails on demand. What it accepted
 * is the ground truth the pipeline tests compare the recorder against.
 */
final class FakeIngestServer implements ResponseDefinitionTransformerV2, AutoCloseable {

	/** Decides the answer to one ingest request. */
	@FunctionalInterface
	interface Behaviour {

		/**
		 * @param request the request's number, from 1
		 * @param events the request's events
		 * @return how to answer
		 */
		Answer answer(int request, List<JsonNode> events);

	}

	/**
	 * Accept the events whose key {@code acknowledged} accepts (every event when null); after
	 * {@code delayMillis} when positive.
	 */
	record Answer(@Nullable ResponseDefinitionBuilder failure, int delayMillis,
			@Nullable Predicate<String> acknowledged) {

		static Answer accept() {
			return new Answer(null, 0, null);
		}

		/** Accepts the events, but answers late (the client may have given up by then). */
		static Answer acceptSlowly(int delayMillis) {
			return new Answer(null, delayMillis, null);
		}

		/**
		 * Answers 200, applying and naming only the events whose key is accepted: the others are in
		 * neither {@code ingested} nor {@code duplicates}.
		 */
		static Answer acknowledgeOnly(Predicate<String> acknowledged) {
			return new Answer(null, 0, acknowledged);
		}

		/** Applies nothing and answers this. */
		static Answer fail(ResponseDefinitionBuilder failure) {
			return new Answer(failure, 0, null);
		}

	}

	private final WireMockServer server;

	private final Map<String, AtomicInteger> acceptedAsNew = new ConcurrentHashMap<>();

	private final AtomicInteger requests = new AtomicInteger();

	private volatile Behaviour behaviour = (request, events) -> Answer.accept();

	FakeIngestServer() {
		this(0);
	}

	FakeIngestServer(int port) {
		this.server = new WireMockServer(
				((port == 0) ? wireMockConfig().dynamicPort() : wireMockConfig().port(port)).extensions(this)
					.containerThreads(16));
		this.server.start();
		this.server.stubFor(post("/v1/ingest").willReturn(aResponse().withTransformers(getName())));
	}

	@Override
	public String getName() {
		return "fake-ingest";
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	String baseUrl() {
		return this.server.baseUrl();
	}

	void behave(Behaviour behaviour) {
		this.behaviour = behaviour;
	}

	/** Ingest requests seen so far. */
	int requests() {
		return this.requests.get();
	}

	/**
	 * Every key the server has accepted. A hash set: {@code Set.copyOf} probes linearly, which clusters
	 * badly on hundreds of thousands of keys that differ only in a counter.
	 */
	Set<String> acceptedKeys() {
		return new HashSet<>(this.acceptedAsNew.keySet());
	}

	/** Keys the server accepted as new more than once: must always be empty. */
	List<String> keysAcceptedTwice() {
		List<String> twice = new ArrayList<>();
		this.acceptedAsNew.forEach((key, count) -> {
			if (count.get() > 1) {
				twice.add(key);
			}
		});
		return twice;
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		int request = this.requests.incrementAndGet();
		List<JsonNode> events = new ArrayList<>();
		MonigoJson.parse(serveEvent.getRequest().getBody()).get("events").forEach(events::add);
		Answer answer = this.behaviour.answer(request, events);
		if (answer.failure() != null) {
			return answer.failure().build();
		}
		ObjectNode body = MonigoJson.mapper().createObjectNode();
		var ingested = body.putArray("ingested");
		var duplicates = body.putArray("duplicates");
		for (JsonNode event : events) {
			String key = event.get("idempotency_key").asString();
			if (answer.acknowledged() != null && !answer.acknowledged().test(key)) {
				continue;
			}
			synchronized (this.acceptedAsNew) {
				AtomicInteger seen = this.acceptedAsNew.get(key);
				if (seen == null) {
					this.acceptedAsNew.put(key, new AtomicInteger(1));
					ingested.add(key);
				}
				else {
					duplicates.add(key);
				}
			}
		}
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(body.toString())
			.withFixedDelay(answer.delayMillis())
			.build();
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
