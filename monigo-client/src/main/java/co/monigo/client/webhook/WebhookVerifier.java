package co.monigo.client.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import co.monigo.client.webhook.WebhookException.Reason;

/**
 * Checks Monigo webhook deliveries: the {@code X-Monigo-Signature: sha256=<hex>} header must be the
 * HMAC-SHA256 of the raw body under the endpoint's signing secret, compared in constant time. Verify the
 * bytes as received, before any parsing. Thread-safe; {@link #toString()} never shows the secret.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.of(System.getenv("MONIGO_WEBHOOK_SECRET"));
 * WebhookEvent event = verifier.verify(rawBody, request.getHeader(WebhookVerifier.SIGNATURE_HEADER));
 * }</pre>
 *
 * The signature has no timestamp, so a replayed delivery verifies again: de-duplicate by
 * {@link WebhookEvent#id()}.
 */
public final class WebhookVerifier {

	/** The header that carries the signature. */
	public static final String SIGNATURE_HEADER = "X-Monigo-Signature";

	private static final String SCHEME = "sha256=";

	private static final String ALGORITHM = "HmacSHA256";

	private static final int SIGNATURE_BYTES = 32;

	private final SecretKeySpec key;

	private final DigestComparison comparison;

	WebhookVerifier(String secret, DigestComparison comparison) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("the webhook signing secret must not be blank");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
		this.comparison = comparison;
	}

	/** A verifier for the endpoint signed with {@code secret}. */
	public static WebhookVerifier of(String secret) {
		return new WebhookVerifier(secret, MessageDigest::isEqual);
	}

	/**
	 * The header value Monigo sends for {@code body} signed with {@code secret}: {@code sha256=<hex>}.
	 * For tests and emulators that play Monigo's part.
	 */
	public static String signature(String secret, byte[] body) {
		return SCHEME + HexFormat.of().formatHex(WebhookVerifier.of(secret).hmac(body));
	}

	/**
	 * Checks the signature, then reads the body.
	 * @param body the request body exactly as received
	 * @param signatureHeader the value of {@value #SIGNATURE_HEADER}, null when absent
	 * @throws WebhookException when the signature is missing, malformed or wrong, or the body is not a
	 * JSON object
	 */
	public WebhookEvent verify(byte[] body, @Nullable String signatureHeader) {
		verifySignature(body, signatureHeader);
		return WebhookEvent.parse(body);
	}

	/**
	 * Checks only the signature.
	 * @throws WebhookException when the signature is missing, malformed or wrong
	 */
	public void verifySignature(byte[] body, @Nullable String signatureHeader) {
		Objects.requireNonNull(body, "body");
		byte[] given = decode(signatureHeader);
		if (!this.comparison.equal(hmac(body), given)) {
			throw new WebhookException(Reason.WRONG_SIGNATURE,
					"The " + SIGNATURE_HEADER + " header does not match the body and the signing secret");
		}
	}

	private static byte[] decode(@Nullable String header) {
		if (header == null || header.isBlank()) {
			throw new WebhookException(Reason.MISSING_SIGNATURE, "The " + SIGNATURE_HEADER + " header is missing");
		}
		String value = header.strip();
		if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				|| value.length() != SCHEME.length() + 2 * SIGNATURE_BYTES) {
			throw malformed();
		}
		try {
			return HexFormat.of().parseHex(value, SCHEME.length(), value.length());
		}
		catch (IllegalArgumentException notHex) {
			throw malformed();
		}
	}

	private static WebhookException malformed() {
		return new WebhookException(Reason.MALFORMED_SIGNATURE,
				"The " + SIGNATURE_HEADER + " header is not 'sha256=' followed by 64 hex digits");
	}

	private byte[] hmac(byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException unavailable) {
			throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", unavailable);
		}
	}

	@Override
	public String toString() {
		return "WebhookVerifier[secret=(hidden)]";
	}

	/** How two digests are compared; always constant-time outside tests. */
	@FunctionalInterface
	interface DigestComparison {

		boolean equal(byte[] expected, byte[] given);

	}

}
