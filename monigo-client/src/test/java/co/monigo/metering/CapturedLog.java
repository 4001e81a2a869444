package co.monigo.metering;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * The lines one class logs from INFO up while the capture is open, for assertions.
 */
final class CapturedLog implements AutoCloseable {

	private final Logger logger;

	private final Level previousLevel;

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	CapturedLog(Class<?> source) {
		this.logger = (Logger) LoggerFactory.getLogger(source);
		this.previousLevel = this.logger.getLevel();
		this.logger.setLevel(Level.INFO);
		this.appender.start();
		this.logger.addAppender(this.appender);
	}

	/** The lines of this level so far, formatted. */
	List<String> at(Level level) {
		return List.copyOf(this.appender.list)
			.stream()
			.filter((line) -> line.getLevel() == level)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	@Override
	public void close() {
		this.logger.detachAppender(this.appender);
		this.logger.setLevel(this.previousLevel);
	}

}
