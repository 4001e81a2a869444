package co.monigo.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

import co.monigo.client.core.ApiKey;
import co.monigo.client.core.KeyMode;
import co.monigo.client.core.RetrySettings;
import co.monigo.client.internal.MonigoTransport;
import co.monigo.client.internal.RetryPolicy;
import co.monigo.client.service.AlertService;
import co.monigo.client.service.CustomerService;
import co.monigo.client.service.EventService;
import co.monigo.client.service.InvoiceService;
import co.monigo.client.service.MetricService;
import co.monigo.client.service.PayoutAccountService;
import co.monigo.client.service.PlanService;
import co.monigo.client.service.PortalTokenService;
import co.monigo.client.service.SubscriptionService;
import co.monigo.client.service.UsageService;
import co.monigo.client.service.WalletService;

/**
 * The entry point to the Monigo API: one service per resource, each returning {@code Mono} or
 * {@code Flux}. Thread-safe; build one per API key and share it.
 *
 * <pre>{@code
 * MonigoClient monigo = MonigoClient.builder().apiKey(System.getenv("MONIGO_API_KEY")).build();
 * Customer customer = monigo.customers().create(CreateCustomerRequest.of("user_42", "Ada")).block();
 * }</pre>
 */
public final class MonigoClient {

	/** Monigo's public API. */
	public static final String DEFAULT_BASE_URL = "https://api.monigo.co";

	/** The timeout of one attempt, as in Monigo's official SDKs. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

	/** The timeout of establishing a connection, when the client builds its own connector. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	private static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

	private final String baseUrl;

	private final ApiKey apiKey;

	private final EventService events;

	private final CustomerService customers;

	private final MetricService metrics;

	private final PlanService plans;

	private final SubscriptionService subscriptions;

	private final PayoutAccountService payoutAccounts;

	private final InvoiceService invoices;

	private final UsageService usage;

	private final PortalTokenService portalTokens;

	private final WalletService wallets;

	private final AlertService alerts;

	private MonigoClient(String baseUrl, ApiKey apiKey, MonigoTransport transport) {
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
		this.events = new EventService(transport);
		this.customers = new CustomerService(transport);
		this.metrics = new MetricService(transport);
		this.plans = new PlanService(transport);
		this.subscriptions = new SubscriptionService(transport);
		this.payoutAccounts = new PayoutAccountService(transport);
		this.invoices = new InvoiceService(transport);
		this.usage = new UsageService(transport);
		this.portalTokens = new PortalTokenService(transport);
		this.wallets = new WalletService(transport);
		this.alerts = new AlertService(transport);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Usage events: ingest and replay. */
	public EventService events() {
		return this.events;
	}

	public CustomerService customers() {
		return this.customers;
	}

	public MetricService metrics() {
		return this.metrics;
	}

	/** Plans and their prices. */
	public PlanService plans() {
		return this.plans;
	}

	public SubscriptionService subscriptions() {
		return this.subscriptions;
	}

	/** A customer's payout accounts (bank or mobile money). */
	public PayoutAccountService payoutAccounts() {
		return this.payoutAccounts;
	}

	public InvoiceService invoices() {
		return this.invoices;
	}

	/** Usage rollups per customer and metric. */
	public UsageService usage() {
		return this.usage;
	}

	/** Links to the customer portal. */
	public PortalTokenService portalTokens() {
		return this.portalTokens;
	}

	/** Customer wallets, their ledgers and virtual accounts. */
	public WalletService wallets() {
		return this.wallets;
	}

	/** Alerts on usage, cost and wallet balances. */
	public AlertService alerts() {
		return this.alerts;
	}

	/** The base URL requests go to, without a trailing slash. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** Whether the client's key is a test or a live key. */
	public KeyMode keyMode() {
		return this.apiKey.mode();
	}

	@Override
	public String toString() {
		return "MonigoClient[baseUrl=" + this.baseUrl + ", key=" + this.apiKey + "]";
	}

	/**
	 * Builds a {@link MonigoClient}. Only the API key is required.
	 */
	public static final class Builder {

		private @Nullable ApiKey apiKey;

		private String baseUrl = DEFAULT_BASE_URL;

		private Duration timeout = DEFAULT_TIMEOUT;

		private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

		private RetrySettings retry = RetrySettings.DEFAULT;

		private WebClient.@Nullable Builder webClientBuilder;

		private @Nullable Supplier<WebClient.Builder> webClientBuilderSource;

		private Builder() {
		}

		/** The API key, {@code mk_test_...} or {@code mk_live_...}. Required. */
		public Builder apiKey(String apiKey) {
			this.apiKey = ApiKey.of(apiKey);
			return this;
		}

		/** Where the API is; a trailing slash is ignored. Defaults to {@value #DEFAULT_BASE_URL}. */
		public Builder baseUrl(String baseUrl) {
			this.baseUrl = normalizeBaseUrl(baseUrl);
			return this;
		}

		/** The longest one attempt may take, from sending to the whole answer read. Default 30 s. */
		public Builder timeout(Duration timeout) {
			this.timeout = positive(timeout, "timeout");
			return this;
		}

		/**
		 * The longest establishing a connection may take. Applies only when the client builds its own
		 * HTTP connector, that is when no {@link #webClientBuilder} with a connector is given.
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = positive(connectTimeout, "connectTimeout");
			return this;
		}

		/** How failed requests are retried. Default {@link RetrySettings#DEFAULT}. */
		public Builder retry(RetrySettings retry) {
			this.retry = Objects.requireNonNull(retry, "retry");
			return this;
		}

		/** Shortcut for the number of retries after the first attempt; 0 turns retries off. */
		public Builder maxRetries(int maxRetries) {
			this.retry = this.retry.withMaxRetries(maxRetries);
			return this;
		}

		/**
		 * A {@code WebClient.Builder} to start from (for example Spring Boot's, so that its
		 * customizers, observations and connector apply). It is cloned, never changed.
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = Objects.requireNonNull(webClientBuilder, "webClientBuilder");
			this.webClientBuilderSource = null;
			return this;
		}

		/**
		 * Where to get the {@code WebClient.Builder} to start from, asked once, at the client's first
		 * request rather than when the client is built: building the client then costs no HTTP stack (for
		 * example Spring Boot's builder and connector, resolved after startup). A failure of the supplier
		 * fails that request, and the next one asks again. The builder is cloned, never changed.
		 */
		public Builder webClientBuilder(Supplier<WebClient.Builder> webClientBuilderSource) {
			this.webClientBuilderSource = Objects.requireNonNull(webClientBuilderSource, "webClientBuilderSource");
			this.webClientBuilder = null;
			return this;
		}

		public MonigoClient build() {
			if (this.apiKey == null) {
				throw new IllegalStateException("An API key is required: call apiKey(...) with your Monigo key");
			}
			Supplier<WebClient.Builder> source = webClientBuilderSource();
			Supplier<WebClient> webClient = () -> source.get()
				.clone()
				.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_RESPONSE_BYTES))
				.build();
			MonigoTransport transport = new MonigoTransport(webClient, this.baseUrl, this.apiKey, this.timeout,
					RetryPolicy.create("monigo", this.retry));
			return new MonigoClient(this.baseUrl, this.apiKey, transport);
		}

		private Supplier<WebClient.Builder> webClientBuilderSource() {
			if (this.webClientBuilderSource != null) {
				return this.webClientBuilderSource;
			}
			if (this.webClientBuilder != null) {
				WebClient.Builder snapshot = this.webClientBuilder.clone();
				return () -> snapshot;
			}
			Duration ownConnectTimeout = this.connectTimeout;
			return () -> WebClient.builder().clientConnector(ownConnector(ownConnectTimeout));
		}

		private static ReactorClientHttpConnector ownConnector(Duration connectTimeout) {
			return new ReactorClientHttpConnector(
					HttpClient.create().option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis()));
		}

		private static Duration positive(Duration value, String name) {
			if (value == null || value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException(name + " must be positive, was " + value);
			}
			return value;
		}

		/**
		 * Checks and normalizes a base URL: absolute, http or https, with a host, no query.
		 * @throws IllegalArgumentException naming what is wrong
		 */
		public static String normalizeBaseUrl(String baseUrl) {
			if (baseUrl == null || baseUrl.isBlank()) {
				throw new IllegalArgumentException("base URL must not be blank");
			}
			String trimmed = baseUrl.strip();
			while (trimmed.endsWith("/")) {
				trimmed = trimmed.substring(0, trimmed.length() - 1);
			}
			URI uri;
			try {
				uri = new URI(trimmed);
			}
			catch (java.net.URISyntaxException malformed) {
				throw new IllegalArgumentException("base URL '" + baseUrl + "' is not a valid URL: " + malformed.getReason());
			}
			String scheme = uri.getScheme();
			if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				throw new IllegalArgumentException(
						"base URL '" + baseUrl + "' must be an absolute http or https URL, such as " + DEFAULT_BASE_URL);
			}
			if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
				throw new IllegalArgumentException("base URL '" + baseUrl + "' must not have a query or a fragment");
			}
			return trimmed;
		}

	}

}
