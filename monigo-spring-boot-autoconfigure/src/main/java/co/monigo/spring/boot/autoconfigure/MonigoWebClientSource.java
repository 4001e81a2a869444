package co.monigo.spring.boot.autoconfigure;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import co.monigo.client.MonigoClient;

/**
 * The {@link WebClient.Builder} the {@link MonigoClient} starts from, made once and not during startup,
 * from the {@link MonigoHttpClients} the application's classpath allows (Spring Boot's builder and
 * connector, or Spring's builder on the JDK's {@code HttpClient}) with Monigo's connect timeout. It is
 * made on a background thread once the application is ready, or at the client's first request if that
 * comes first. Once the context is closing it creates no bean: a first request then (a shutdown that
 * delivers pending usage before the application was ever ready) gets a connector made without the
 * application's beans.
 */
final class MonigoWebClientSource implements Supplier<WebClient.Builder>, SmartApplicationListener,
		ApplicationContextAware {

	private static final Logger logger = LoggerFactory.getLogger(MonigoWebClientSource.class);

	private final MonigoHttpClients httpClients;

	private final Duration connectTimeout;

	private @Nullable ApplicationContext context;

	private volatile boolean closing;

	private volatile @Nullable ClientHttpConnector connector;

	private WebClient.@Nullable Builder made;

	MonigoWebClientSource(MonigoHttpClients httpClients, Duration connectTimeout) {
		this.httpClients = httpClients;
		this.connectTimeout = connectTimeout;
	}

	/** Makes the builder the first time, then returns the same one; the client clones it. */
	@Override
	public synchronized WebClient.Builder get() {
		WebClient.Builder builder = this.made;
		if (builder == null) {
			boolean closing = this.closing;
			if (closing) {
				logger.debug("Monigo's client is first used while the application stops: connecting without its beans");
			}
			ClientHttpConnector made = this.httpClients.connector(this.connectTimeout, closing);
			this.connector = made;
			builder = this.httpClients.builder(closing).clientConnector(made);
			this.made = builder;
		}
		return builder;
	}

	/** The connector the builder was made with, or null while it is not made. */
	@Nullable ClientHttpConnector connector() {
		return this.connector;
	}

	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationReadyEvent.class.isAssignableFrom(eventType)
				|| ContextClosedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == this.context) {
			this.closing = true;
		}
		else if (event instanceof ApplicationReadyEvent ready && ready.getApplicationContext() == this.context) {
			Thread setup = new Thread(this::makeQuietly, "monigo-client-setup");
			setup.setDaemon(true);
			setup.start();
		}
	}

	private void makeQuietly() {
		try {
			get();
		}
		catch (RuntimeException failure) {
			logger.debug("Monigo's HTTP client could not be set up yet; its first request will try again", failure);
		}
	}

}
