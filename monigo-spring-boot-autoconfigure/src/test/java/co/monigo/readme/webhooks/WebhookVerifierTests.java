package co.monigo.readme.webhooks;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import co.monigo.client.webhook.WebhookEvent;
import co.monigo.client.webhook.WebhookException;
import co.monigo.client.webhook.WebhookVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The README's check without Spring, on a request signed as Monigo signs it and on a forged one. */
class WebhookVerifierTests {

	private static final String SECRET = "whsec_readme_example";

	private final byte[] body = "{\"id\": \"evt_1\", \"type\": \"invoice.paid\", \"data\": {}}"
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void aDeliverySignedWithTheSecretIsRead() {
		WebhookEvent event = verified(this.body, request(WebhookVerifier.signature(SECRET, this.body)), SECRET);

		assertThat(event.id()).isEqualTo("evt_1");
		assertThat(event.type()).isEqualTo("invoice.paid");
	}

	@Test
	void aDeliverySignedWithAnotherSecretIsRefused() {
		MockHttpServletRequest forged = request(WebhookVerifier.signature("whsec_someone_else", this.body));

		assertThatExceptionOfType(WebhookException.class).isThrownBy(() -> verified(this.body, forged, SECRET));
	}

	private static MockHttpServletRequest request(String signature) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/monigo/webhooks");
		request.addHeader(WebhookVerifier.SIGNATURE_HEADER, signature);
		return request;
	}

	private static WebhookEvent verified(byte[] rawBody, HttpServletRequest request, String secret) {
		// tag::webhook-verifier[]
		WebhookEvent event = WebhookVerifier.of(secret)
			.verify(rawBody, request.getHeader(WebhookVerifier.SIGNATURE_HEADER)); // throws WebhookException
		// end::webhook-verifier[]
		return event;
	}

}
