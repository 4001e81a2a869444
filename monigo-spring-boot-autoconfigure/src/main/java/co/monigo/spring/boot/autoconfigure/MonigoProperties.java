package co.monigo.spring.boot.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import co.monigo.metering.OverflowPolicy;
import co.monigo.spring.boot.metering.CustomerIdType;

/**
 * Configuration properties of the Monigo client, under {@code monigo}.
 */
@ConfigurationProperties("monigo")
public class MonigoProperties {

	/**
	 * Whether to enable Monigo. When false, no client is created.
	 */
	private boolean enabled = true;

	/**
	 * Monigo API key: 'mk_test_...' for test mode or 'mk_live_...' for live mode. Also read from
	 * the MONIGO_API_KEY environment variable.
	 */
	private @Nullable String apiKey;

	/**
	 * Base URL of the Monigo API.
	 */
	private String baseUrl = "https://api.monigo.co";

	/**
	 * Timeout of one request attempt, from sending the request to reading the whole answer.
	 */
	private Duration timeout = Duration.ofSeconds(30);

	/**
	 * Timeout of establishing a connection to the Monigo API.
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	private final Retry retry = new Retry();

	private final Metering metering = new Metering();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Metering getMetering() {
		return this.metering;
	}

	/**
	 * How failed requests are retried: transport failures, timeouts, 408, 429 and 5xx only.
	 */
	public static class Retry {

		/**
		 * Number of retries after the first attempt of a failed request. 0 turns retries off.
		 */
		private int maxRetries = 2;

		/**
		 * Wait before the first retry; each later wait grows by the multiplier.
		 */
		private Duration initialBackoff = Duration.ofMillis(500);

		/**
		 * Longest wait between two attempts. A longer Retry-After from the server is not waited out.
		 */
		private Duration maxBackoff = Duration.ofSeconds(10);

		/**
		 * Factor by which each wait grows over the previous one. At least 1.
		 */
		private double multiplier = 2.0;

		/**
		 * Random spread of each wait, from 0 (none) up to but not including 1 (plus or minus 100%).
		 */
		private double jitter = 0.5;

		public int getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public double getJitter() {
			return this.jitter;
		}

		public void setJitter(double jitter) {
			this.jitter = jitter;
		}

	}

	/**
	 * The ingest pipeline behind the UsageRecorder: buffering, batching, retries and shutdown.
	 */
	public static class Metering {

		/**
		 * Whether to send recorded usage events to Monigo. When false, events are validated and
		 * counted, never sent.
		 */
		private boolean enabled = true;

		/**
		 * Most events kept in memory: a window over the journal (older ones wait on disk), or, with
		 * the journal off, the whole buffer, whose overflow policy says what happens when it is full.
		 */
		private int capacity = 10_000;

		/**
		 * Most events sent in one ingest request, from 1 up to 1000 (the API's limit).
		 */
		private int batchSize = 1000;

		/**
		 * How long a batch waits for more events before it is sent.
		 */
		private Duration linger = Duration.ofSeconds(1);

		/**
		 * Most batches on their way to Monigo at once. The number in flight adapts between 1 and this:
		 * it climbs while Monigo answers well (covering long round trips) and falls on 429, 5xx and
		 * timeouts.
		 */
		private int maxInFlight = 32;

		/**
		 * What recording does when the in-memory buffer is full, with the journal off: drop the new
		 * event at once (counted and dead-lettered), or block the recording thread up to the overflow
		 * block timeout. With the journal on, events beyond the memory window wait on disk.
		 */
		private OverflowPolicy overflowPolicy = OverflowPolicy.DROP_NEW;

		/**
		 * Longest wait for room in the buffer under the 'block' overflow policy.
		 */
		private Duration overflowBlockTimeout = Duration.ofMillis(100);

		/**
		 * How often delivery is tried again while Monigo refuses the key (401, 403), the quota is
		 * used up (402) or the ingest URL is wrong (404, 405).
		 */
		private Duration pausedRetryInterval = Duration.ofSeconds(30);

		/**
		 * Longest wait at shutdown for events waiting for their customer's id to be recorded and
		 * for pending events to be delivered. What is left stays in the journal for the next start;
		 * with the journal off it is counted as dropped (or as unknown, if its request was on its way)
		 * and handed to the dead-letter handler.
		 */
		private Duration shutdownTimeout = Duration.ofSeconds(10);

		private final RetryBackoff retry = new RetryBackoff();

		private final CircuitBreaker circuitBreaker = new CircuitBreaker();

		private final Journal journal = new Journal();

		private final Customer customer = new Customer();

		public Journal getJournal() {
			return this.journal;
		}

		public Customer getCustomer() {
			return this.customer;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getCapacity() {
			return this.capacity;
		}

		public void setCapacity(int capacity) {
			this.capacity = capacity;
		}

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

		public Duration getLinger() {
			return this.linger;
		}

		public void setLinger(Duration linger) {
			this.linger = linger;
		}

		public int getMaxInFlight() {
			return this.maxInFlight;
		}

		public void setMaxInFlight(int maxInFlight) {
			this.maxInFlight = maxInFlight;
		}

		public OverflowPolicy getOverflowPolicy() {
			return this.overflowPolicy;
		}

		public void setOverflowPolicy(OverflowPolicy overflowPolicy) {
			this.overflowPolicy = overflowPolicy;
		}

		public Duration getOverflowBlockTimeout() {
			return this.overflowBlockTimeout;
		}

		public void setOverflowBlockTimeout(Duration overflowBlockTimeout) {
			this.overflowBlockTimeout = overflowBlockTimeout;
		}

		public Duration getPausedRetryInterval() {
			return this.pausedRetryInterval;
		}

		public void setPausedRetryInterval(Duration pausedRetryInterval) {
			this.pausedRetryInterval = pausedRetryInterval;
		}

		public Duration getShutdownTimeout() {
			return this.shutdownTimeout;
		}

		public void setShutdownTimeout(Duration shutdownTimeout) {
			this.shutdownTimeout = shutdownTimeout;
		}

		public RetryBackoff getRetry() {
			return this.retry;
		}

		public CircuitBreaker getCircuitBreaker() {
			return this.circuitBreaker;
		}

		/**
		 * How a batch that failed for a passing reason (no answer, timeout, 408, 429, 5xx) is sent
		 * again: the batch is kept and retried until it is delivered or shutdown gives up on it.
		 */
		public static class RetryBackoff {

			/**
			 * Wait before the first retry of a failed batch; each later wait grows by the multiplier.
			 */
			private Duration initialBackoff = Duration.ofSeconds(1);

			/**
			 * Longest wait between two attempts of a batch. Short, so delivery resumes within seconds
			 * of an outage's end; the adaptive in-flight limit keeps retries from hammering Monigo.
			 */
			private Duration maxBackoff = Duration.ofSeconds(5);

			/**
			 * Factor by which each wait grows over the previous one. At least 1.
			 */
			private double multiplier = 2.0;

			/**
			 * Random spread of each wait, from 0 (none) up to but not including 1 (plus or minus 100%).
			 */
			private double jitter = 0.5;

			public Duration getInitialBackoff() {
				return this.initialBackoff;
			}

			public void setInitialBackoff(Duration initialBackoff) {
				this.initialBackoff = initialBackoff;
			}

			public Duration getMaxBackoff() {
				return this.maxBackoff;
			}

			public void setMaxBackoff(Duration maxBackoff) {
				this.maxBackoff = maxBackoff;
			}

			public double getMultiplier() {
				return this.multiplier;
			}

			public void setMultiplier(double multiplier) {
				this.multiplier = multiplier;
			}

			public double getJitter() {
				return this.jitter;
			}

			public void setJitter(double jitter) {
				this.jitter = jitter;
			}

		}

		/**
		 * The circuit breaker that stops sending to a server that keeps failing.
		 */
		public static class CircuitBreaker {

			/**
			 * Percentage of failed ingest requests (among the last sliding-window ones) that opens the
			 * circuit, above 0 and at most 100. Failures are what a struggling server produces: no
			 * answer, timeouts, 408 and 5xx (not 429).
			 */
			private float failureRate = 50;

			/**
			 * How long an open circuit holds requests back before letting a few through to test the
			 * server.
			 */
			private Duration openDuration = Duration.ofSeconds(5);

			/**
			 * How many of the latest ingest requests the failure rate is taken over.
			 */
			private int slidingWindow = 50;

			/**
			 * How many requests the circuit needs to have seen before it may open.
			 */
			private int minimumCalls = 20;

			/**
			 * How many requests an open circuit lets through, once its open duration is over, to test
			 * the server.
			 */
			private int halfOpenCalls = 2;

			public int getSlidingWindow() {
				return this.slidingWindow;
			}

			public void setSlidingWindow(int slidingWindow) {
				this.slidingWindow = slidingWindow;
			}

			public int getMinimumCalls() {
				return this.minimumCalls;
			}

			public void setMinimumCalls(int minimumCalls) {
				this.minimumCalls = minimumCalls;
			}

			public int getHalfOpenCalls() {
				return this.halfOpenCalls;
			}

			public void setHalfOpenCalls(int halfOpenCalls) {
				this.halfOpenCalls = halfOpenCalls;
			}

			public float getFailureRate() {
				return this.failureRate;
			}

			public void setFailureRate(float failureRate) {
				this.failureRate = failureRate;
			}

			public Duration getOpenDuration() {
				return this.openDuration;
			}

			public void setOpenDuration(Duration openDuration) {
				this.openDuration = openDuration;
			}

		}


		/**
		 * The local journal every recorded event is written to before it counts as recorded, so an
		 * outage or a crash loses nothing: an event leaves it once Monigo acknowledged it or it was
		 * dead-lettered, and a restart delivers what is left with the events' own keys.
		 */
		public static class Journal {

			/**
			 * Whether to keep recorded events in a journal on local disk until Monigo acknowledges
			 * them. When false, pending events live in memory only and a crash loses them.
			 */
			private boolean enabled = true;

			/**
			 * Folder of the journal's files. Defaults to 'monigo-journal/<spring.application.name>'
			 * in the system's temporary folder; in a container, mount a volume and point this at it,
			 * or events pending at a crash are lost with the container. A second process started on a
			 * folder in use takes an area of its own below it.
			 */
			private @Nullable Path directory;

			/**
			 * Most space the journal's files take on disk; when it is full, new events are dropped
			 * and counted (journal_full). The default holds about an hour of 1,000 events per second.
			 */
			private DataSize maxSize = DataSize.ofGigabytes(1);

			/**
			 * How often written events are forced to the disk, which protects them from a power loss
			 * (a killed or crashed process loses nothing either way). 0 leaves it to the operating
			 * system.
			 */
			private Duration syncInterval = Duration.ofSeconds(1);

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

			public @Nullable Path getDirectory() {
				return this.directory;
			}

			public void setDirectory(@Nullable Path directory) {
				this.directory = directory;
			}

			public DataSize getMaxSize() {
				return this.maxSize;
			}

			public void setMaxSize(DataSize maxSize) {
				this.maxSize = maxSize;
			}

			public Duration getSyncInterval() {
				return this.syncInterval;
			}

			public void setSyncInterval(Duration syncInterval) {
				this.syncInterval = syncInterval;
			}

		}

		/**
		 * Who a {@code @Metered} call is billed to when its annotation names no customer.
		 */
		public static class Customer {

			/**
			 * Request header that carries the customer of a metered call (Spring MVC and WebFlux),
			 * read only while the header is trusted (see header-trusted).
			 */
			private String header = "X-Customer-Id";

			/**
			 * Whether the header may name the customer: whoever sends a request chooses its value, so
			 * set true only when a gateway you trust sets it (and drops it from callers' requests).
			 * Unset: trusted without Spring Security, not trusted with it. With Spring Security, a
			 * trusted header is read only for a request without an authenticated principal.
			 */
			private @Nullable Boolean headerTrusted;

			/**
			 * Whether to take the customer from the authenticated principal's name (Spring Security).
			 * The principal comes before the header.
			 */
			private boolean fromPrincipal = true;

			/**
			 * Which id the customer is: Monigo's customer id, or the application's own id (Monigo's
			 * external_id), which is then mapped to Monigo's id before sending.
			 */
			private CustomerIdType idType = CustomerIdType.MONIGO_ID;

			/**
			 * Whether an external id that Monigo does not know creates the customer on first sight.
			 */
			private boolean createMissing = false;

			/**
			 * Most external-to-Monigo id mappings kept in memory.
			 */
			private long cacheSize = 10_000;

			/**
			 * How long an external-to-Monigo id mapping is trusted before it is looked up again.
			 */
			private Duration cacheTtl = Duration.ofHours(1);

			/**
			 * Most events kept while their customer's external id is being mapped; beyond, events are
			 * dropped (reason customer_unresolved), counted and dead-lettered. When all are taken, an
			 * event of an id not known to be missing pushes out one of an id known to be missing.
			 */
			private int maxWaiting = 10_000;

			/**
			 * Most events kept for one external id while it is being mapped; beyond, its events are
			 * dropped (reason customer_unresolved).
			 */
			private int maxWaitingPerCustomer = 1_000;

			/**
			 * Delay before an external id Monigo has no customer for is looked up again; doubled at
			 * every miss, up to max-retry-interval.
			 */
			private Duration retryInterval = Duration.ofSeconds(30);

			/**
			 * Longest delay between two look-ups of an external id, and how long a miss is remembered.
			 */
			private Duration maxRetryInterval = Duration.ofMinutes(10);

			/**
			 * Look-ups finding no customer after which the events waiting for an external id are
			 * dropped (reason customer_unresolved), as are its new events until the miss is forgotten.
			 */
			private int maxLookups = 5;

			public String getHeader() {
				return this.header;
			}

			public void setHeader(String header) {
				this.header = header;
			}

			public @Nullable Boolean getHeaderTrusted() {
				return this.headerTrusted;
			}

			public void setHeaderTrusted(@Nullable Boolean headerTrusted) {
				this.headerTrusted = headerTrusted;
			}

			public boolean isFromPrincipal() {
				return this.fromPrincipal;
			}

			public void setFromPrincipal(boolean fromPrincipal) {
				this.fromPrincipal = fromPrincipal;
			}

			public CustomerIdType getIdType() {
				return this.idType;
			}

			public void setIdType(CustomerIdType idType) {
				this.idType = idType;
			}

			public boolean isCreateMissing() {
				return this.createMissing;
			}

			public void setCreateMissing(boolean createMissing) {
				this.createMissing = createMissing;
			}

			public long getCacheSize() {
				return this.cacheSize;
			}

			public void setCacheSize(long cacheSize) {
				this.cacheSize = cacheSize;
			}

			public Duration getCacheTtl() {
				return this.cacheTtl;
			}

			public void setCacheTtl(Duration cacheTtl) {
				this.cacheTtl = cacheTtl;
			}

			public int getMaxWaiting() {
				return this.maxWaiting;
			}

			public void setMaxWaiting(int maxWaiting) {
				this.maxWaiting = maxWaiting;
			}

			public int getMaxWaitingPerCustomer() {
				return this.maxWaitingPerCustomer;
			}

			public void setMaxWaitingPerCustomer(int maxWaitingPerCustomer) {
				this.maxWaitingPerCustomer = maxWaitingPerCustomer;
			}

			public Duration getMaxRetryInterval() {
				return this.maxRetryInterval;
			}

			public void setMaxRetryInterval(Duration maxRetryInterval) {
				this.maxRetryInterval = maxRetryInterval;
			}

			public int getMaxLookups() {
				return this.maxLookups;
			}

			public void setMaxLookups(int maxLookups) {
				this.maxLookups = maxLookups;
			}

			public Duration getRetryInterval() {
				return this.retryInterval;
			}

			public void setRetryInterval(Duration retryInterval) {
				this.retryInterval = retryInterval;
			}

		}

	}

}
