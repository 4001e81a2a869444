package co.monigo.test.emulator;

import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import co.monigo.client.core.KeyMode;

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
 * It listens on 127.0.0.1 on a random port (a {@link #builder()} chooses another), on Reactor Netty's
 * shared event loops, so starting one per test class is cheap. {@link #faults()} makes it fail on
 * demand; {@link #received()} tells what it received; {@link #clock()} moves its time;
 * {@link #reset()} clears data, faults, records and the clock between tests. Besides the API it serves
 * {@code /_emulator/clock}, {@code /_emulator/state} and {@code /_emulator/reset} (see
 * {@link ControlRoutes}), without a key.
 * Thread-safe.
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

	private final EmulatorClock clock = new EmulatorClock(Clock.systemUTC());

	private final EmulatorWebhooks webhooks = new EmulatorWebhooks();

	private final DisposableServer server;

	private final String baseUrl;

	/** The seed the emulator was started with, loaded again at every reset; null for none. */
	private final byte @Nullable [] startSeed;

	private MonigoEmulator(MonigoEmulatorBuilder settings) {
		this.startSeed = settings.seed();
		loadStartSeed();
		HandlerStrategies strategies = HandlerStrategies.builder()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES))
			.build();
		EmulatorOptions options = new EmulatorOptions(this.clock, settings.severalActiveSubscriptions());
		RouterFunction<ServerResponse> api = Routes.of(this.store, this.faults, this.received, this::baseUrl,
				options, this.webhooks);
		ReactorHttpHandlerAdapter routes = new ReactorHttpHandlerAdapter(RouterFunctions
			.toHttpHandler(ControlRoutes.of(this.store, this.clock, this::reset).and(api), strategies));
		this.server = HttpServer.create()
			.host(settings.host())
			.port(settings.port())
			.handle(new FaultGate(this.faults, this.received, routes))
			.bindNow(STARTUP_TIMEOUT);
		this.baseUrl = "http://" + reachable(settings.host()) + ":" + this.server.port();
	}

	/** The address a client uses for a server listening on {@code host}: loopback for every interface. */
	private static String reachable(String host) {
		return (host.equals("0.0.0.0") || host.equals("::")) ? "127.0.0.1" : host;
	}

	/** Starts an emulator on 127.0.0.1 on a random free port; {@link #close()} it when done. */
	public static MonigoEmulator start() {
		return builder().start();
	}

	/** Settings for an emulator on a chosen port or host, or with another subscription rule. */
	public static MonigoEmulatorBuilder builder() {
		return new MonigoEmulatorBuilder();
	}

	static MonigoEmulator start(MonigoEmulatorBuilder settings) {
		return new MonigoEmulator(settings);
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
	 * Loads customers, metrics and plans into test mode from JSON shaped like the API's create bodies:
	 * {@code {"customers": [...], "metrics": [...], "plans": [...]}}, each item optionally with its own
	 * {@code "id"} (a plan's prices name metrics by id). {@link #reset()} forgets them; for data that
	 * outlives resets, start the emulator with {@link MonigoEmulatorBuilder#seed(byte[])}.
	 * @throws IllegalArgumentException naming the item the API would refuse; the items before it stay
	 */
	public void seed(byte[] json) {
		Seed.apply(this.store.of(KeyMode.TEST), json, this.clock.now());
	}

	/** The emulator's time, which a test moves to close billing periods or expire tokens. */
	public EmulatorClock clock() {
		return this.clock;
	}

	/**
	 * Forgets all data of both modes, every fault and every record, the webhook endpoints, and sets the
	 * clock back to the system's time: as freshly started, same port and settings (and the builder's seed
	 * loaded again).
	 */
	public void reset() {
		this.clock.reset();
		this.webhooks.reset();
		this.faults.clear();
		this.store.clear();
		this.received.clear();
		loadStartSeed();
	}

	private void loadStartSeed() {
		if (this.startSeed != null) {
			seed(this.startSeed);
		}
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
