package co.monigo.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A minimal Monigo ingest endpoint on the loopback interface, for the benchmarks: {@code POST /v1/ingest}
 * reads the whole body, deserialises every event with Jackson, and answers as the API does, with every
 * event's idempotency key under {@code ingested}. It stores nothing, so it does not de-duplicate.
 * <p>
 * It runs on its own Netty event loop (two threads, the cores of the benchmark machine), apart from the
 * client's. {@link #stall()} makes it read requests and never answer them, as a hung Monigo would. With
 * a delay, it answers each request that long after reading it, as a Monigo that far away would: the
 * delay is a timer, so no thread waits and any number of requests can be in their delay at once.
 * {@code GET /v1/_stats} answers {@code {"events": ..., "requests": ..., "cpu_ns": ...}}, the counts so
 * far and the CPU time of the server's whole process, for a
 * benchmark that runs this server in a process of its own ({@link ForkedIngestServer}).
 */
public final class LoopbackIngestServer implements AutoCloseable {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private static final String THREAD_PREFIX = "ingest-server";

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** The CPU time of each thread of the servers already closed, by thread id. */
	private static final Map<Long, Long> retiredThreads = new ConcurrentHashMap<>();

	private static final byte[] BAD_REQUEST = ("{\"error\":\"events must hold 1 to 1000 events, each with a name, "
			+ "a customer, a key and a timestamp\"}")
		.getBytes(StandardCharsets.UTF_8);

	private final LoopResources loops = LoopResources.create(THREAD_PREFIX, 1, 2, true);

	private final LongAdder eventsReceived = new LongAdder();

	private final LongAdder requestsAnswered = new LongAdder();

	private final AtomicInteger stalledRequests = new AtomicInteger();

	private volatile boolean stalled;

	private volatile CompletableFuture<Void> stalledTarget = new CompletableFuture<>();

	private volatile int stalledTargetCount = Integer.MAX_VALUE;

	private final Duration delay;

	private final DisposableServer server;

	private LoopbackIngestServer(Duration delay) {
		this.delay = delay;
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.runOn(this.loops)
			.route((routes) -> routes.post("/v1/ingest", this::ingest).get("/v1/_stats", this::stats))
			.bindNow();
	}

	/** Starts a server on a free port of 127.0.0.1 that answers at once. */
	public static LoopbackIngestServer start() {
		return new LoopbackIngestServer(Duration.ZERO);
	}

	/** Starts a server on a free port of 127.0.0.1 that answers each request {@code delay} after reading it. */
	public static LoopbackIngestServer start(Duration delay) {
		return new LoopbackIngestServer(delay);
	}

	/**
	 * Runs a server in this process until its standard input closes: {@code --delay-ms=100}. Prints one
	 * line, {@code ingest-server listening on http://127.0.0.1:PORT}, once it listens.
	 */
	public static void main(String[] args) throws Exception {
		NamedArguments arguments = NamedArguments.parse(args, List.of("delay-ms"));
		Duration delay = Duration.ofMillis(arguments.get("delay-ms", Long::parseLong, 0L));
		try (LoopbackIngestServer server = start(delay)) {
			System.out.println(ForkedIngestServer.READY_PREFIX + server.baseUrl());
			System.out.flush();
			while (System.in.read() != -1) {
				// the parent closes our standard input to stop us
			}
		}
	}

	/** The base URL to give the client. */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/** Events parsed and acknowledged so far (a stalled request's events are not counted). */
	public long eventsReceived() {
		return this.eventsReceived.sum();
	}

	/** Ingest requests answered so far. */
	public long requestsAnswered() {
		return this.requestsAnswered.sum();
	}

	/** From now on, reads each request and never answers it. */
	public void stall() {
		this.stalled = true;
	}

	/** Completes once this many requests have been read and left unanswered since {@link #stall()}. */
	public synchronized CompletableFuture<Void> whenStalledRequests(int count) {
		this.stalledTargetCount = count;
		this.stalledTarget = new CompletableFuture<>();
		if (this.stalledRequests.get() >= count) {
			this.stalledTarget.complete(null);
		}
		return this.stalledTarget;
	}

	private Mono<Void> ingest(HttpServerRequest request, HttpServerResponse response) {
		String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return response.status(HttpResponseStatus.UNAUTHORIZED).send();
		}
		if (this.stalled) {
			return request.receive().then(Mono.fromRunnable(this::countStalled)).then(Mono.never());
		}
		return request.receive().aggregate().asByteArray().flatMap((body) -> {
			IngestAnswer answer = answer(body);
			if (answer == null) {
				return response.status(HttpResponseStatus.BAD_REQUEST)
					.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
					.sendByteArray(Mono.just(BAD_REQUEST))
					.then();
			}
			Mono<byte[]> json = Mono.just(MAPPER.writeValueAsBytes(answer));
			return response.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
				.sendByteArray(this.delay.isZero() ? json : json.delayElement(this.delay))
				.then();
		});
	}

	private Mono<Void> stats(HttpServerRequest request, HttpServerResponse response) {
		long cpu = (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
				? os.getProcessCpuTime() : -1;
		String json = "{\"events\": " + eventsReceived() + ", \"requests\": " + requestsAnswered()
				+ ", \"cpu_ns\": " + cpu + "}";
		return response.header(HttpHeaderNames.CONTENT_TYPE, "application/json").sendString(Mono.just(json)).then();
	}

	private void countStalled() {
		if (this.stalledRequests.incrementAndGet() >= this.stalledTargetCount) {
			this.stalledTarget.complete(null);
		}
	}

	private IngestAnswer answer(byte[] body) {
		IngestRequest request = MAPPER.readValue(body, IngestRequest.class);
		if (request.events == null || request.events.isEmpty() || request.events.size() > 1000) {
			return null;
		}
		List<String> keys = new ArrayList<>(request.events.size());
		for (WireEvent event : request.events) {
			if (event.idempotencyKey == null || event.eventName == null || event.customerId == null
					|| event.timestamp == null) {
				return null;
			}
			keys.add(event.idempotencyKey);
		}
		this.eventsReceived.add(keys.size());
		this.requestsAnswered.increment();
		return new IngestAnswer(keys, List.of());
	}

	/**
	 * CPU time used so far by the threads of every server of this JVM, those closed included (up to
	 * their closing).
	 */
	public static long cpuTimeNanos() {
		long total = 0;
		for (long cpu : serverThreadCpuTimes().values()) {
			total += cpu;
		}
		for (long cpu : retiredThreads.values()) {
			total += cpu;
		}
		return total;
	}

	private static Map<Long, Long> serverThreadCpuTimes() {
		Map<Long, Long> times = new HashMap<>();
		for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith(THREAD_PREFIX)
					&& !retiredThreads.containsKey(info.getThreadId())) {
				times.put(info.getThreadId(), Math.max(0, THREADS.getThreadCpuTime(info.getThreadId())));
			}
		}
		return times;
	}

	@Override
	public void close() {
		retiredThreads.putAll(serverThreadCpuTimes());
		this.server.disposeNow();
		this.loops.disposeLater().block();
	}

	/**
	 * The body of {@code POST /v1/ingest}. This and {@link WireEvent} are plain classes, not records:
	 * Jackson builds a record through its canonical constructor by a method handle taking an argument
	 * array, which costs this server about half as much again per event.
	 */
	static final class IngestRequest {

		public List<WireEvent> events;

	}

	/**
	 * One event as the API receives it. The timestamp stays text: converting it with java.time's
	 * parser would cost this server more than all the rest of the parsing, on the cores the client
	 * under test shares.
	 */
	static final class WireEvent {

		public String eventName;

		public String customerId;

		public String idempotencyKey;

		public String timestamp;

		public Map<String, Object> properties;

	}

	/** The API's answer to an ingest. */
	record IngestAnswer(List<String> ingested, List<String> duplicates) {
	}

}
