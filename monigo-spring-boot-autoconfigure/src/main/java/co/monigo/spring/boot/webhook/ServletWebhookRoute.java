package co.monigo.spring.boot.webhook;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import co.monigo.client.webhook.WebhookVerifier;

/**
 * The webhook endpoint for Spring MVC: a functional route that reads the raw body, at most
 * {@code maxBodyBytes} of it, and hands it to the {@link WebhookReceiver}.
 */
public final class ServletWebhookRoute {

	private ServletWebhookRoute() {
	}

	public static RouterFunction<ServerResponse> of(String path, long maxBodyBytes, WebhookReceiver receiver) {
		return RouterFunctions.route(RequestPredicates.POST(path), (request) -> {
			WebhookOutcome outcome = receive(request, maxBodyBytes, receiver);
			return ServerResponse.status(outcome.status()).build();
		});
	}

	private static WebhookOutcome receive(ServerRequest request, long maxBodyBytes, WebhookReceiver receiver)
			throws IOException {
		HttpServletRequest servlet = request.servletRequest();
		if (servlet.getContentLengthLong() > maxBodyBytes) {
			return receiver.tooLarge();
		}
		byte[] body;
		try (InputStream in = servlet.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
		}
		if (body.length > maxBodyBytes) {
			return receiver.tooLarge();
		}
		return receiver.receive(body, request.headers().firstHeader(WebhookVerifier.SIGNATURE_HEADER));
	}

}
