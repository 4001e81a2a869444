package co.monigo.test.emulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One attempt of the emulator to deliver a webhook, for assertions.
 *
 * @param eventId the event's id, the same on every attempt of one delivery
 * @param type the event type, e.g. {@code invoice.finalized}
 * @param url where it was posted
 * @param attempt 1 for the first attempt, 2 for the first retry...
 * @param status the receiver's HTTP status; 0 when no answer came (see {@code error})
 * @param body the JSON posted
 * @param signature the {@code X-Monigo-Signature} header sent
 * @param error why no answer came, when none did
 */
public record WebhookAttempt(String eventId, String type, String url, int attempt, int status, String body,
		String signature, Instant at, @Nullable String error) {

	/** Whether the receiver answered 2xx, which ends the delivery. */
	public boolean succeeded() {
		return this.status >= 200 && this.status < 300;
	}

}
