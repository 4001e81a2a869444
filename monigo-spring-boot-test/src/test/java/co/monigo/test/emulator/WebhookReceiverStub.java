package co.monigo.test.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A receiver of the emulator's webhooks for tests: records every POST and answers each with the next
 * scripted status (200 once the script is used up).
 */
final class WebhookReceiverStub implements AutoCloseable {

	final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();

	private final HttpServer server;

	WebhookReceiverStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/hooks", (exchange) -> {
			try (InputStream in = exchange.getRequestBody()) {
				this.deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Monigo-Signature"),
						in.readAllBytes()));
			}
			Integer status = this.statuses.poll();
			exchange.sendResponseHeaders((status != null) ? status : 200, -1);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks";
	}

	/** Answers the next deliveries with these statuses, in order. */
	void answer(Integer... statuses) {
		this.statuses.addAll(List.of(statuses));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	record Delivery(String signature, byte[] body) {
	}

}
