package co.monigo.metering;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.IngestEvent;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingDeadLetterHandlerTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger(LoggingDeadLetterHandler.class);

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private final AtomicLong now = new AtomicLong(1_000);

	private final LoggingDeadLetterHandler handler = new LoggingDeadLetterHandler(this.now::get);

	private Level previousLevel;

	@BeforeEach
	void captureLogs() {
		this.previousLevel = this.logger.getLevel();
		this.logger.setLevel(Level.INFO);
		this.logs.start();
		this.logger.addAppender(this.logs);
	}

	@AfterEach
	void restoreLogs() {
		this.logger.detachAppender(this.logs);
		this.logger.setLevel(this.previousLevel);
	}

	@Test
	void aFloodOfDropsIsOneLineWithTheFirstEventThenOneSummaryPerIntervalWithTheCount() {
		for (int i = 0; i < 1000; i++) {
			this.handler.dropped(event(i), DropReason.QUEUE_FULL);
		}
		assertThat(this.logs.list).singleElement().satisfies((line) -> {
			assertThat(line.getLevel()).isEqualTo(Level.ERROR);
			assertThat(line.getFormattedMessage()).startsWith("1 usage events not delivered to Monigo (queue_full)")
				.contains("\"idempotency_key\":\"key_0\"");
		});

		this.now.addAndGet(Duration.ofSeconds(10).toNanos());
		this.handler.dropped(event(1000), DropReason.QUEUE_FULL);

		assertThat(this.logs.list).hasSize(2);
		assertThat(this.logs.list.get(1).getFormattedMessage())
			.startsWith("1000 usage events not delivered to Monigo (queue_full)")
			.contains("key_1000");
	}

	@Test
	void eachReasonIsSummedUpOnItsOwn() {
		this.handler.dropped(event(1), DropReason.QUEUE_FULL);
		this.handler.dropped(event(2), DropReason.SHUTDOWN);
		this.handler.dropped(event(3), DropReason.QUEUE_FULL);

		assertThat(this.logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.satisfiesExactly((line) -> assertThat(line).contains("(queue_full)", "key_1"),
					(line) -> assertThat(line).contains("(shutdown)", "key_2"));
	}

	@Test
	void atDebugEveryDroppedEventIsLoggedWhole() {
		this.logger.setLevel(Level.DEBUG);

		for (int i = 0; i < 3; i++) {
			this.handler.dropped(event(i), DropReason.QUEUE_FULL);
		}

		assertThat(this.logs.list).filteredOn((line) -> line.getLevel() == Level.DEBUG)
			.extracting(ILoggingEvent::getFormattedMessage)
			.allSatisfy((line) -> assertThat(line).startsWith("Usage event not delivered to Monigo (queue_full)"))
			.hasSize(3);
	}

	@Test
	void everyRefusedEventIsLoggedWhole() {
		this.handler.rejected(List.of(event(1), event(2)),
				new MonigoApiException(422, "bad property", java.util.Map.of(), null, null));

		assertThat(this.logs.list).hasSize(2)
			.allSatisfy((line) -> assertThat(line.getLevel()).isEqualTo(Level.ERROR));
	}

	private static IngestEvent event(int i) {
		return IngestEvent.of("api_call", "cus_1").withIdempotencyKey("key_" + i);
	}

}
