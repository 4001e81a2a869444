package co.monigo.test.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The emulator's own endpoints, beside the API and reached without a key: {@code GET /_emulator/state}
 * (a read-only JSON dump of both modes' data, see {@link EmulatorState}) and {@code GET /_emulator} (a
 * page showing it in a browser), {@code GET /_emulator/clock}
 * and {@code POST /_emulator/clock} with one of {@code {"advance": "P1D"}} (an ISO-8601 duration),
 * {@code {"set": "2026-12-01T00:00:00Z"}} or {@code {"reset": true}}, each answering {@code {"now": ...}};
 * and {@code POST /_emulator/reset}, which does what {@link MonigoEmulator#reset()} does (204).
 */
final class ControlRoutes {

	private static final byte[] NO_BODY = new byte[0];

	/** A page that shows the state in a browser, by fetching {@code /_emulator/state}. */
	private static final byte[] STATE_PAGE = statePage();

	private ControlRoutes() {
	}

	static RouterFunction<ServerResponse> of(Store store, EmulatorClock clock, Runnable reset) {
		return RouterFunctions.route()
			.GET("/_emulator", (request) -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(STATE_PAGE))
			.GET("/_emulator/state", (request) -> answer(() -> Reply.ok(EmulatorState.of(store, clock.now()))))
			.GET("/_emulator/clock", (request) -> answer(() -> now(clock)))
			.POST("/_emulator/reset", (request) -> {
				reset.run();
				return ServerResponse.noContent().build();
			})
			.POST("/_emulator/clock", (request) -> request.bodyToMono(byte[].class)
				.defaultIfEmpty(NO_BODY)
				.flatMap((body) -> answer(() -> move(clock, Bodies.tree(body)))))
			.build();
	}

	private static byte[] statePage() {
		try (InputStream page = ControlRoutes.class.getResourceAsStream("state.html")) {
			if (page == null) {
				throw new IllegalStateException("state.html is missing beside " + ControlRoutes.class.getName());
			}
			return page.readAllBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private static Reply move(EmulatorClock clock, JsonNode body) {
		if (body.size() != 1) {
			throw ApiError.invalidField("body", "must hold one of advance, set or reset");
		}
		JsonNode advance = body.get("advance");
		JsonNode set = body.get("set");
		try {
			if (advance != null) {
				Duration duration = Duration.parse(advance.asString());
				if (duration.isNegative()) {
					throw ApiError.invalidField("advance", "must not be negative; set the clock to go back");
				}
				clock.advance(duration);
			}
			else if (set != null) {
				clock.set(Instant.parse(set.asString()));
			}
			else if (body.path("reset").asBoolean(false)) {
				clock.reset();
			}
			else {
				throw ApiError.invalidField("body", "must hold one of advance, set or reset: true");
			}
		}
		catch (DateTimeParseException unreadable) {
			throw ApiError.invalidField((advance != null) ? "advance" : "set",
					"must be an ISO-8601 " + ((advance != null) ? "duration (P1D, PT2H)" : "instant") + ": "
							+ unreadable.getParsedString());
		}
		return now(clock);
	}

	private static Reply now(EmulatorClock clock) {
		return Reply.ok(Map.of("now", clock.now()));
	}

	private static Mono<ServerResponse> answer(Supplier<Reply> operation) {
		Reply reply;
		try {
			reply = operation.get();
		}
		catch (ApiError error) {
			reply = Reply.error(error);
		}
		return ServerResponse.status(reply.status()).contentType(MediaType.APPLICATION_JSON).bodyValue(reply.body());
	}

}
