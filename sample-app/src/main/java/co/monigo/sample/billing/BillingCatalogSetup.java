package co.monigo.sample.billing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

import co.monigo.client.MonigoClient;

/**
 * Sets up the price list ({@link BillingCatalog}) in Monigo in the background, retrying with backoff
 * until Monigo answers, so the application starts, serves and meters while Monigo is unreachable (after
 * a crash during an outage, say). Until the price list is set up, the billing operations answer 503;
 * metered calls are served and their usage waits in the starter's pipeline. Logs one WARN when the first
 * attempt fails and one INFO when the price list is set up.
 */
@Component
public class BillingCatalogSetup implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(BillingCatalogSetup.class);

	private final MonigoClient monigo;

	private final Duration firstBackoff;

	private final Duration maxBackoff;

	private final Sinks.One<BillingCatalog> ready = Sinks.one();

	private final AtomicInteger failedAttempts = new AtomicInteger();

	private volatile @Nullable BillingCatalog catalog;

	private volatile @Nullable Disposable setup;

	BillingCatalogSetup(MonigoClient monigo,
			@Value("${sample.billing.setup.first-backoff:1s}") Duration firstBackoff,
			@Value("${sample.billing.setup.max-backoff:30s}") Duration maxBackoff) {
		this.monigo = monigo;
		this.firstBackoff = firstBackoff;
		this.maxBackoff = maxBackoff;
	}

	@Override
	public void start() {
		this.setup = BillingCatalog.findOrCreate(this.monigo)
			.doOnError(this::failed)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.firstBackoff).maxBackoff(this.maxBackoff))
			.subscribe(this::setUp);
	}

	@Override
	public void stop() {
		Disposable running = this.setup;
		if (running != null) {
			running.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		Disposable running = this.setup;
		return running != null && !running.isDisposed();
	}

	/** The price list, once set up. */
	public Optional<BillingCatalog> current() {
		return Optional.ofNullable(this.catalog);
	}

	/** The price list, or a 503 error while it is not set up yet. */
	public Mono<BillingCatalog> required() {
		return Mono.justOrEmpty(this.catalog)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					"the price list is not set up in Monigo yet (Monigo is unreachable); try again shortly")));
	}

	/** Completes with the price list once it is set up. */
	public Mono<BillingCatalog> whenReady() {
		return this.ready.asMono();
	}

	private void failed(Throwable failure) {
		if (this.failedAttempts.incrementAndGet() == 1) {
			logger.warn("Could not set up the price list in Monigo ({}); retrying in the background. The API is "
					+ "served and metered meanwhile; billing operations answer 503 until it is set up.",
					failure.toString());
		}
		else {
			logger.debug("Setting up the price list in Monigo failed again: {}", failure.toString());
		}
	}

	private void setUp(BillingCatalog catalog) {
		this.catalog = catalog;
		this.ready.tryEmitValue(catalog);
		int failed = this.failedAttempts.get();
		if (failed > 0) {
			logger.info("Price list set up in Monigo after {} failed attempts", failed);
		}
		else {
			logger.info("Price list set up in Monigo");
		}
	}

}
