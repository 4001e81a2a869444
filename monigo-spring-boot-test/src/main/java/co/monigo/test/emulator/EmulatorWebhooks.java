package co.monigo.test.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;

import co.monigo.client.webhook.WebhookVerifier;

/**
 * The webhooks the emulator sends, as Monigo does: for each event of what it does (invoices finalized
 * and voided, wallets credited, subscriptions created and cancelled, alerts triggered), a signed POST to
 * every {@linkplain #register(String, String) registered endpoint}, retried on a non-2xx answer or no
 * answer on a {@linkplain #retrySchedule(Duration...) schedule} (Monigo's: 30 s, 5 min, 30 min, 2 h,
 * 8 h), each attempt {@linkplain #attempts() recorded}. Deliveries are asynchronous: wait for them with
 * Awaitility. Thread-safe.
 */
public final class EmulatorWebhooks {

	/** Monigo's retry schedule: five retries after a failed delivery. */
	public static final List<Duration> MONIGO_RETRY_SCHEDULE = List.of(Duration.ofSeconds(30), Duration.ofMinutes(5),
			Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(8));

	private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.create().responseTimeout(ATTEMPT_TIMEOUT);

	private final Map<String, WebhookEndpoint> endpoints = new LinkedHashMap<>();

	private final List<WebhookAttempt> attempts = new ArrayList<>();

	private List<Duration> schedule = MONIGO_RETRY_SCHEDULE;

	/** The retries and attempts under way, cancelled by a reset. */
	private Disposable.Composite pending = Disposables.composite();

	/** Counts resets, so that an attempt that ends after one is not recorded as the next test's. */
	private long generation;

	EmulatorWebhooks() {
	}

	/**
	 * Registers an endpoint: from now on every event is posted to {@code url}, signed with {@code secret}.
	 * Registering a URL again replaces its secret.
	 */
	public synchronized EmulatorWebhooks register(String url, String secret) {
		Objects.requireNonNull(url, "url");
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("the webhook signing secret must not be blank");
		}
		this.endpoints.put(url, new WebhookEndpoint(url, secret));
		return this;
	}

	/** The URLs of the registered endpoints, in the order they were registered. */
	public synchronized List<String> endpointUrls() {
		return List.copyOf(this.endpoints.keySet());
	}

	/** The waits before each retry of a failed delivery; none means no retries. */
	public synchronized EmulatorWebhooks retrySchedule(Duration... delays) {
		this.schedule = List.of(delays);
		return this;
	}

	/** Every attempt so far, in the order they ended. */
	public synchronized List<WebhookAttempt> attempts() {
		return List.copyOf(this.attempts);
	}

	/** The attempts of events of one type, e.g. {@code invoice.finalized}. */
	public synchronized List<WebhookAttempt> attempts(String type) {
		return this.attempts.stream().filter((attempt) -> attempt.type().equals(type)).toList();
	}

	/** Forgets endpoints, attempts and the schedule, and cancels the retries still waiting. */
	synchronized void reset() {
		this.pending.dispose();
		this.pending = Disposables.composite();
		this.generation++;
		this.endpoints.clear();
		this.attempts.clear();
		this.schedule = MONIGO_RETRY_SCHEDULE;
	}

	/** Sends the webhooks of one served call; called under the mode store's monitor. */
	void served(Call call, Reply reply) {
		if (!hasEndpoints()) {
			return;
		}
		for (WebhookTriggers.Outgoing event : WebhookTriggers.of(call, reply)) {
			send(event.id(), event.type(), event.body());
		}
	}

	private synchronized boolean hasEndpoints() {
		return !this.endpoints.isEmpty();
	}

	/** Sends one event to every registered endpoint, asynchronously. */
	synchronized void send(String eventId, String type, byte[] body) {
		for (WebhookEndpoint endpoint : this.endpoints.values()) {
			attempt(new Delivery(endpoint, eventId, type, body, WebhookVerifier.signature(endpoint.secret(), body),
					List.copyOf(this.schedule), this.generation), 1, Duration.ZERO);
		}
	}

	private synchronized void attempt(Delivery delivery, int attempt, Duration delay) {
		this.pending.add(Mono.delay(delay)
			.then(post(delivery))
			.onErrorResume((failure) -> Mono.just(new Answer(0, String.valueOf(failure))))
			.subscribe((answer) -> finished(delivery, attempt, answer)));
	}

	private Mono<Answer> post(Delivery delivery) {
		return this.http
			.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json")
				.set(WebhookVerifier.SIGNATURE_HEADER, delivery.signature())
				.set(HttpHeaderNames.USER_AGENT, "monigo-emulator-webhooks"))
			.post()
			.uri(delivery.endpoint().url())
			.send(ByteBufFlux.fromInbound(Mono.just(delivery.body())))
			.responseSingle((response, content) -> content.asByteArray()
				.defaultIfEmpty(new byte[0])
				.map((ignored) -> new Answer(response.status().code(), null)));
	}

	private synchronized void finished(Delivery delivery, int attempt, Answer answer) {
		if (delivery.generation() != this.generation) {
			return;
		}
		WebhookAttempt recorded = new WebhookAttempt(delivery.eventId(), delivery.type(), delivery.endpoint().url(),
				attempt, answer.status(), new String(delivery.body(), StandardCharsets.UTF_8), delivery.signature(),
				Instant.now(), answer.error());
		this.attempts.add(recorded);
		if (!recorded.succeeded() && attempt <= delivery.schedule().size()) {
			attempt(delivery, attempt + 1, delivery.schedule().get(attempt - 1));
		}
	}

	/** Stops every retry still waiting. */
	synchronized void close() {
		this.pending.dispose();
	}

	private record Delivery(WebhookEndpoint endpoint, String eventId, String type, byte[] body, String signature,
			List<Duration> schedule, long generation) {
	}

	private record Answer(int status, @org.jspecify.annotations.Nullable String error) {
	}

}
