package co.monigo.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import co.monigo.client.core.ApiKey;
import co.monigo.client.core.Durations;
import co.monigo.client.core.RequestOptions;
import co.monigo.client.error.MonigoException;
import co.monigo.client.error.MonigoTimeoutException;
import co.monigo.client.error.MonigoTransportException;

/**
 * Sends {@link ApiRequest}s to Monigo: authentication, idempotency keys, timeouts, error decoding and
 * retries. One instance per client; thread-safe.
 */
public final class MonigoTransport {

	/** The header that makes a mutating call safe to repeat. */
	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Logger logger = LoggerFactory.getLogger(MonigoTransport.class);

	private static final String USER_AGENT = "monigo-java/" + clientVersion();

	private static final byte[] NO_BODY = new byte[0];

	/**
	 * Reactor Netty's timeouts, by name: the client works without Netty on the classpath (on the JDK's
	 * {@code HttpClient}, whose timeouts are {@link HttpTimeoutException}s).
	 */
	private static final Set<String> NETTY_TIMEOUTS = Set.of("io.netty.handler.timeout.ReadTimeoutException",
			"io.netty.channel.ConnectTimeoutException");

	private final Supplier<WebClient> webClientSource;

	private volatile @Nullable WebClient webClient;

	private final String baseUrl;

	private final ApiKey apiKey;

	private final Duration timeout;

	private final Retry retry;

	private final ErrorDecoder errorDecoder;

	/**
	 * @param webClientSource makes the {@code WebClient}, asked at the first request (not here), and again
	 * at the next request if it failed
	 */
	public MonigoTransport(Supplier<WebClient> webClientSource, String baseUrl, ApiKey apiKey, Duration timeout,
			Retry retry) {
		this.webClientSource = webClientSource;
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
		this.timeout = timeout;
		this.retry = retry;
		this.errorDecoder = new ErrorDecoder(apiKey);
	}

	/** Sends the request and reads the object under {@code field} of the response envelope. */
	public <T> Mono<T> object(ApiRequest request, RequestOptions options, String field, Class<T> type) {
		return execute(request, options).map((json) -> MonigoJson.field(json, field, type))
			.onErrorMap(JacksonException.class, (failure) -> unreadable(request, failure));
	}

	/** Sends the request and emits each element of the array under {@code field}. */
	public <T> Flux<T> list(ApiRequest request, RequestOptions options, String field, Class<T> type) {
		return execute(request, options).flatMapIterable((json) -> MonigoJson.list(json, field, type))
			.onErrorMap(JacksonException.class, (failure) -> unreadable(request, failure));
	}

	/** Sends the request and reads the whole response as {@code type}. */
	public <T> Mono<T> whole(ApiRequest request, RequestOptions options, Class<T> type) {
		return execute(request, options).map((json) -> MonigoJson.convert(json, type))
			.onErrorMap(JacksonException.class, (failure) -> unreadable(request, failure));
	}

	/** Sends a request whose answer has no body worth reading (a delete). */
	public Mono<Void> noContent(ApiRequest request, RequestOptions options) {
		return execute(request, options).then();
	}

	/**
	 * Sends the request, retrying per the client's policy. The idempotency key is chosen once per
	 * subscription, so every retry of one call carries the same key.
	 */
	public Mono<JsonNode> execute(ApiRequest request, RequestOptions options) {
		return Mono.defer(() -> {
			String idempotencyKey = request.isMutating()
					? options.idempotencyKeyOverride().orElseGet(() -> UUID.randomUUID().toString()) : null;
			Duration attemptTimeout = options.timeoutOverride().orElse(this.timeout);
			Mono<JsonNode> attempt = attempt(request, idempotencyKey, attemptTimeout);
			return options.retriesEnabled() ? attempt.transformDeferred(RetryOperator.of(this.retry)) : attempt;
		});
	}

	private Mono<JsonNode> attempt(ApiRequest request, @Nullable String idempotencyKey, Duration attemptTimeout) {
		URI uri = URI.create(this.baseUrl + request.pathAndQuery());
		WebClient.RequestBodySpec spec = webClient().method(request.method()).uri(uri).headers((headers) -> {
			headers.setBearerAuth(this.apiKey.reveal());
			headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			headers.set(HttpHeaders.USER_AGENT, USER_AGENT);
			if (idempotencyKey != null) {
				headers.set(IDEMPOTENCY_KEY, idempotencyKey);
			}
		});
		Object body = request.body();
		if (body != null) {
			byte[] json = (body instanceof JsonBody written) ? written.json() : MonigoJson.write(body);
			spec.contentType(MediaType.APPLICATION_JSON).bodyValue(json);
		}
		return spec.exchangeToMono((response) -> read(request, response))
			.timeout(attemptTimeout)
			.onErrorMap((failure) -> translate(request, attemptTimeout, failure));
	}

	private WebClient webClient() {
		WebClient resolved = this.webClient;
		if (resolved == null) {
			synchronized (this) {
				resolved = this.webClient;
				if (resolved == null) {
					resolved = this.webClientSource.get();
					this.webClient = resolved;
				}
			}
		}
		return resolved;
	}

	private Mono<JsonNode> read(ApiRequest request, ClientResponse response) {
		int status = response.statusCode().value();
		return response.bodyToMono(byte[].class).defaultIfEmpty(NO_BODY).map((bytes) -> {
			logger.debug("Monigo {} answered {}", request.describe(), status);
			if (status >= 400) {
				throw this.errorDecoder.decode(status, response.headers().asHttpHeaders(), bytes);
			}
			return MonigoJson.parse(bytes);
		});
	}

	private Throwable translate(ApiRequest request, Duration attemptTimeout, Throwable failure) {
		if (failure instanceof MonigoException) {
			return failure;
		}
		if (failure instanceof TimeoutException || isTimeout(failure)) {
			return new MonigoTimeoutException(
					"Monigo " + request.describe() + " got no answer within " + Durations.format(attemptTimeout),
					failure);
		}
		if (failure instanceof WebClientRequestException || hasCause(failure, IOException.class)) {
			return new MonigoTransportException("Monigo " + request.describe() + " failed before an answer: "
					+ this.apiKey.redact(describe(failure)), failure);
		}
		if (failure instanceof JacksonException) {
			return unreadable(request, failure);
		}
		return failure;
	}

	private static MonigoException unreadable(ApiRequest request, Throwable failure) {
		return new MonigoException("Monigo " + request.describe() + " answered with JSON the client cannot read: "
				+ failure.getMessage(), failure);
	}

	private static boolean isTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpTimeoutException || NETTY_TIMEOUTS.contains(cause.getClass().getName())) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What went wrong, for the exception's message: the deepest message in the chain of causes, or, when
	 * none has one (the JDK's {@code HttpClient} reports a refused connection as a
	 * {@code ConnectException} over a {@code ClosedChannelException}, neither with a message), the kinds
	 * of failure in the chain.
	 */
	static String describe(Throwable failure) {
		StringBuilder kinds = new StringBuilder();
		String said = null;
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 16; cause = cause.getCause(), depth++) {
			if (!(cause instanceof WebClientRequestException)) {
				kinds.append((kinds.length() > 0) ? " from " : "").append(cause.getClass().getSimpleName());
			}
			String message = cause.getMessage();
			if (message != null && !message.isBlank()) {
				said = message;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return (said != null) ? said : kinds.toString();
	}

	private static String clientVersion() {
		try (InputStream in = MonigoTransport.class.getResourceAsStream("/co/monigo/client/version.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return properties.getProperty("version", "unknown");
		}
		catch (IOException unreadable) {
			return "unknown";
		}
	}

}
