package co.monigo.client.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import co.monigo.client.webhook.WebhookException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookVerifierTest {

	private static final String SECRET = "whsec_correct-horse-battery-staple";

	private static final byte[] BODY = """
			{"id": "evt_1", "type": "invoice.finalized", "data": {"id": "inv_1"}}""".getBytes(StandardCharsets.UTF_8);

	private final WebhookVerifier verifier = WebhookVerifier.of(SECRET);

	@Test
	void signatureIsTheLowerCaseHexHmacSha256OfTheRawBody() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));

		assertThat(WebhookVerifier.signature(SECRET, BODY))
			.isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(BODY)));
	}

	@Test
	void correctSignatureVerifiesAndTheEventIsRead() {
		WebhookEvent event = this.verifier.verify(BODY, WebhookVerifier.signature(SECRET, BODY));

		assertThat(event.id()).isEqualTo("evt_1");
		assertThat(event.type()).isEqualTo("invoice.finalized");
	}

	@Test
	void signatureWithUpperCaseHexOrSurroundingSpacesStillVerifies() {
		String signature = WebhookVerifier.signature(SECRET, BODY);
		String upper = "sha256=" + signature.substring("sha256=".length()).toUpperCase();

		this.verifier.verifySignature(BODY, " " + upper + " ");
	}

	@Test
	void wrongSignatureIsRefused() {
		String wrong = "sha256=" + "ab".repeat(32);

		assertRefused(() -> this.verifier.verify(BODY, wrong), Reason.WRONG_SIGNATURE);
	}

	@Test
	void missingSignatureIsRefused() {
		assertRefused(() -> this.verifier.verify(BODY, null), Reason.MISSING_SIGNATURE);
		assertRefused(() -> this.verifier.verify(BODY, "  "), Reason.MISSING_SIGNATURE);
	}

	@Test
	void malformedSignaturesAreRefused() {
		String hex = WebhookVerifier.signature(SECRET, BODY).substring("sha256=".length());
		for (String malformed : List.of(hex, "sha1=" + hex, "sha256=" + hex.substring(2), "sha256=" + hex + "00",
				"sha256=" + "zz" + hex.substring(2), "sha256=")) {
			assertRefused(() -> this.verifier.verify(BODY, malformed), Reason.MALFORMED_SIGNATURE);
		}
	}

	@Test
	void signatureMadeWithAnotherSecretIsRefused() {
		assertRefused(() -> this.verifier.verify(BODY, WebhookVerifier.signature("whsec_another", BODY)),
				Reason.WRONG_SIGNATURE);
	}

	@Test
	void bodyChangedByOneByteIsRefused() {
		String signature = WebhookVerifier.signature(SECRET, BODY);
		byte[] changed = BODY.clone();
		changed[changed.length - 2] ^= 1;

		assertRefused(() -> this.verifier.verify(changed, signature), Reason.WRONG_SIGNATURE);
	}

	@Test
	void correctlySignedBodyThatIsNotAJsonObjectIsAPayloadProblemNotASignatureOne() {
		byte[] notAnObject = "[1, 2]".getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(WebhookException.class)
			.isThrownBy(() -> this.verifier.verify(notAnObject, WebhookVerifier.signature(SECRET, notAnObject)))
			.satisfies((refused) -> {
				assertThat(refused.reason()).isEqualTo(Reason.MALFORMED_PAYLOAD);
				assertThat(refused.isSignatureProblem()).isFalse();
			});
	}

	@Test
	void digestsAreComparedThroughTheConstantTimeComparison() {
		List<byte[][]> comparisons = new ArrayList<>();
		WebhookVerifier spied = new WebhookVerifier(SECRET, (expected, given) -> {
			comparisons.add(new byte[][] { expected, given });
			return MessageDigest.isEqual(expected, given);
		});
		String correct = WebhookVerifier.signature(SECRET, BODY);
		String wrong = WebhookVerifier.signature("whsec_another", BODY);

		spied.verifySignature(BODY, correct);
		assertThatExceptionOfType(WebhookException.class).isThrownBy(() -> spied.verifySignature(BODY, wrong));

		assertThat(comparisons).hasSize(2);
		assertThat(HexFormat.of().formatHex(comparisons.get(1)[1])).isEqualTo(wrong.substring("sha256=".length()));
	}

	@Test
	void defaultVerifierDecidesWithMessageDigestIsEqual() {
		WebhookVerifier alwaysEqual = new WebhookVerifier(SECRET, (expected, given) -> true);

		alwaysEqual.verifySignature(BODY, "sha256=" + "00".repeat(32));
		assertRefused(() -> this.verifier.verifySignature(BODY, "sha256=" + "00".repeat(32)), Reason.WRONG_SIGNATURE);
	}

	@Test
	void neitherMessagesNorToStringContainTheSecretOrTheExpectedSignature() {
		String expected = WebhookVerifier.signature(SECRET, BODY).substring("sha256=".length());

		assertThatExceptionOfType(WebhookException.class)
			.isThrownBy(() -> this.verifier.verify(BODY, "sha256=" + "ab".repeat(32)))
			.satisfies((refused) -> assertThat(refused.getMessage()).doesNotContain(SECRET, expected));
		assertThat(this.verifier).asString().doesNotContain(SECRET);
	}

	@Test
	void blankSecretIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookVerifier.of(" "))
			.withMessageContaining("secret");
	}

	private static void assertRefused(Runnable verification, Reason reason) {
		assertThatExceptionOfType(WebhookException.class).isThrownBy(verification::run)
			.satisfies((refused) -> {
				assertThat(refused.reason()).isEqualTo(reason);
				assertThat(refused.isSignatureProblem()).isTrue();
				assertThat(refused.getMessage()).doesNotContain(SECRET);
			});
	}

}
