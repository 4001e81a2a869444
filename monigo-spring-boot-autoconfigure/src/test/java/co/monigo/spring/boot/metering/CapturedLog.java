package co.monigo.spring.boot.metering;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * What one logger writes while a test runs (Logback, Spring Boot's default). Close it to detach.
 */
public final class CapturedLog implements AutoCloseable {

	private final Logger logger;

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private CapturedLog(Class<?> source) {
		this.logger = (Logger) LoggerFactory.getLogger(source);
		this.appender.start();
		this.logger.addAppender(this.appender);
	}

	/** Starts capturing what the logger of this class writes. */
	public static CapturedLog of(Class<?> source) {
		return new CapturedLog(source);
	}

	/** The formatted lines written at this level or above, in order. */
	public List<String> linesAtLeast(Level level) {
		return this.appender.list.stream()
			.filter((event) -> event.getLevel().isGreaterOrEqual(level))
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	@Override
	public void close() {
		this.logger.detachAppender(this.appender);
		this.appender.stop();
	}

}
