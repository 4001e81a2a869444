package co.monigo.benchmarks.outage;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OpenLoopLoadTests {

	@TempDir
	Path output;

	@Test
	void itSendsTheRequestsDueAtItsRateAndCountsAStalledAnswerFromWhenTheRequestWasDue() throws Exception {
		AtomicInteger received = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/v1/completions", (exchange) -> {
			if (received.incrementAndGet() == 1) {
				try {
					// the first request is answered only once the load is over: it was due at the start
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
		try {
			URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/completions");
			Thread releaser = new Thread(() -> {
				while (received.get() < 150) {
					Thread.onSpinWait();
				}
				release.countDown();
			});
			releaser.start();

			WrkResult result = new OpenLoopLoad(200, 16).run(uri, "cus_1", Duration.ofSeconds(1),
					this.output.resolve("load.txt"));

			assertThat(result.requests()).isEqualTo(200);
			assertThat(result.requestsPerSecond()).as("the rate over the sending window").isCloseTo(200, within(20.0));
			assertThat(received).hasValue(200);
			assertThat(result.maxMicros()).isGreaterThan(700_000);
			assertThat(result.socketErrors() + result.non2xx()).isZero();
			assertThat(Files.readString(this.output.resolve("load.txt"))).contains("open loop at 200 requests/s");
		}
		finally {
			release.countDown();
			server.stop(0);
		}
	}

}
