package co.monigo.test.emulator;

import java.time.Duration;

import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.RouterFunctions;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * An in-memory Monigo that speaks the whole REST API, for tests: start it, point a
 * {@code MonigoClient} (or {@code monigo.base-url}) at {@link #baseUrl()}, and use any {@code mk_test_}
 * or {@code mk_live_} key (each mode sees only its own data).
 *
 * <pre>{@code
 * try (MonigoEmulator emulator = MonigoEmulator.start()) {
 *     MonigoClient monigo = MonigoClient.builder().apiKey("mk_test_x").baseUrl(emulator.baseUrl()).build();
 *     ...
 *     assertThat(emulator.received().events()).hasSize(3);
 * }
 * }</pre>
 *
 * It listens on 127.0.0.1 on a random port, on Reactor Netty's shared event loops, so starting one per
 * test class is cheap. {@link #faults()} makes it fail on demand; {@link #received()} tells what it
 * received; {@link #reset()} clears data, faults and records between tests. Thread-safe.
 */
public final class MonigoEmulator implements AutoCloseable {

	/** A test-mode key the emulator accepts, for tests that need any. */
	public static final String TEST_API_KEY = "mk_test_emulator";

	/** A live-mode key the emulator accepts; live data is kept apart from test data. */
	public static final String LIVE_API_KEY = "mk_live_emulator";

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);

	/** The largest request body read: a full ingest of 1,000 events with generous properties fits. */
	private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

	private final Store store = new Store();

	private final Faults faults = new Faults();

	private final Received received = new Received();

	private final EmulatorWebhooks webhooks = new EmulatorWebhooks();

	private final DisposableServer server;

	private final String baseUrl;

	private MonigoEmulator() {
		HandlerStrategies strategies = HandlerStrategies.builder()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES))
			.build();
		ReactorHttpHandlerAdapter routes = new ReactorHttpHandlerAdapter(RouterFunctions
			.toHttpHandler(Routes.of(this.store, this.faults, this.received, this::baseUrl, this.webhooks), strategies));
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle(new FaultGate(this.faults, this.received, routes))
			.bindNow(STARTUP_TIMEOUT);
		this.baseUrl = "http://127.0.0.1:" + this.server.port();
	}

	/** Starts an emulator on a random free port; {@link #close()} it when done. */
	public static MonigoEmulator start() {
		return new MonigoEmulator();
	}

	/** Where the emulator listens, e.g. {@code http://127.0.0.1:54321}, without a trailing slash. */
	public String baseUrl() {
		return this.baseUrl;
	}

	public int port() {
		return this.server.port();
	}

	/** Failures to inject into the next requests. */
	public Faults faults() {
		return this.faults;
	}

	/** What the emulator has received, for assertions. */
	public Received received() {
		return this.received;
	}

	/** The webhooks it sends: register an endpoint, shorten the retries, read the attempts. */
	public EmulatorWebhooks webhooks() {
		return this.webhooks;
	}

	/**
	 * Forgets all data of both modes, every fault and every record, and the webhook endpoints: as freshly
	 * started, same port.
	 */
	public void reset() {
		this.webhooks.reset();
		this.faults.clear();
		this.store.clear();
		this.received.clear();
	}

	/** Stops listening. Idempotent. */
	@Override
	public void close() {
		this.webhooks.close();
		if (!this.server.isDisposed()) {
			this.server.disposeNow(SHUTDOWN_TIMEOUT);
		}
	}

	@Override
	public String toString() {
		return "MonigoEmulator[" + this.baseUrl + "]";
	}

}
