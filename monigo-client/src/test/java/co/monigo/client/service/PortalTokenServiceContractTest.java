package co.monigo.client.service;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.client.model.CreatePortalTokenRequest;
import co.monigo.client.model.PortalToken;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PortalTokenServiceContractTest extends ContractTestSupport {

	private static final String SECRET = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	private static final String TOKEN = """
			{"id": "ptk_1", "org_id": "org_1", "customer_id": "cus_1", "token": "%s",
			 "label": "March invoices", "expires_at": "2026-04-01T00:00:00Z",
			 "portal_url": "https://app.monigo.co/portal/%s",
			 "created_at": "2026-03-01T09:00:00Z", "updated_at": "2026-03-01T09:00:00Z",
			 "last_used_at": "2026-03-02T10:00:00Z"}""".formatted(SECRET, SECRET);

	private static final String PERMANENT_TOKEN = """
			{"id": "ptk_2", "org_id": "org_1", "customer_id": "cus_1",
			 "token": "0000000000000000000000000000000000000000000000000000000000000002", "label": "",
			 "revoked_at": "2026-03-05T12:00:00Z",
			 "portal_url": "https://app.monigo.co/portal/0000000000000000000000000000000000000000000000000000000000000002",
			 "created_at": "2026-02-01T09:00:00Z", "updated_at": "2026-03-05T12:00:00Z"}""";

	@Test
	void createPostsTheExternalIdLabelAndExpiryAndReadsTheTokenEnvelope() {
		wireMock.stubFor(post("/v1/portal/tokens").willReturn(okJson("{\"token\": " + TOKEN + "}")));

		PortalToken token = this.client.portalTokens()
			.create(CreatePortalTokenRequest.of("user_42")
				.withLabel("March invoices")
				.withExpiresAt(Instant.parse("2026-04-01T00:00:00Z")))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/portal/tokens"))).withRequestBody(
				equalToJson("{\"customer_external_id\": \"user_42\", \"label\": \"March invoices\", "
						+ "\"expires_at\": \"2026-04-01T00:00:00Z\"}")));
		assertThat(token).isEqualTo(new PortalToken("ptk_1", "org_1", "cus_1", SECRET, "March invoices",
				Instant.parse("2026-04-01T00:00:00Z"), null, "https://app.monigo.co/portal/" + SECRET,
				Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-03-01T09:00:00Z")));
	}

	@Test
	void createSendsOnlyTheExternalIdWhenNothingElseIsSet() {
		wireMock.stubFor(post("/v1/portal/tokens").willReturn(okJson("{\"token\": " + PERMANENT_TOKEN + "}")));

		PortalToken token = this.client.portalTokens().create(CreatePortalTokenRequest.of("user_42")).block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/portal/tokens")))
			.withRequestBody(equalToJson("{\"customer_external_id\": \"user_42\"}")));
		assertThat(token.expiresAt()).isNull();
	}

	@Test
	void createRefusesABlankExternalIdNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreatePortalTokenRequest.of(" "))
			.withMessage("customer_external_id is required and must not be blank");
	}

	@Test
	void listEncodesTheCustomerIdAsOneQueryValueAndReadsEveryToken() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/portal/tokens"))
			.willReturn(okJson("{\"tokens\": [" + TOKEN + ", " + PERMANENT_TOKEN + "], \"count\": 2}")));

		List<PortalToken> tokens = this.client.portalTokens().list("acme corp&co=1").collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/portal/tokens?customer_id=acme%20corp%26co%3D1")))
			.withQueryParam("customer_id", equalTo("acme corp&co=1"))
			.withQueryParam("co", absent()));
		assertThat(tokens).extracting(PortalToken::id).containsExactly("ptk_1", "ptk_2");
		assertThat(tokens.get(1).expiresAt()).isNull();
		assertThat(tokens.get(1).revokedAt()).isEqualTo(Instant.parse("2026-03-05T12:00:00Z"));
	}

	@Test
	void listRefusesABlankCustomerIdBeforeSendingAnything() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.portalTokens().list(""))
			.withMessage("customer_id is required and must not be blank");
		wireMock.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void revokeDeletesTheTokenWithoutBodyOrIdempotencyKey() {
		wireMock.stubFor(delete("/v1/portal/tokens/ptk_1").willReturn(aResponse().withStatus(204)));

		this.client.portalTokens().revoke("ptk_1").block(WAIT);

		wireMock.verify(reading(deleteRequestedFor(urlEqualTo("/v1/portal/tokens/ptk_1")))
			.withHeader("Content-Type", absent()));
	}

	@Test
	void revokeEncodesTheTokenIdAsOnePathSegment() {
		wireMock.stubFor(delete(urlEqualTo("/v1/portal/tokens/a%2Fb")).willReturn(aResponse().withStatus(200)));

		this.client.portalTokens().revoke("a/b").block(WAIT);

		wireMock.verify(reading(deleteRequestedFor(urlEqualTo("/v1/portal/tokens/a%2Fb"))));
	}

	@Test
	void toStringShowsTheTokenFieldsButNeverTheSecret() {
		wireMock.stubFor(post("/v1/portal/tokens").willReturn(okJson("{\"token\": " + TOKEN + "}")));

		PortalToken token = this.client.portalTokens().create(CreatePortalTokenRequest.of("user_42")).block(WAIT);

		assertThat(token.token()).isEqualTo(SECRET);
		assertThat(token.toString()).doesNotContain(SECRET)
			.doesNotContain(SECRET.substring(0, 16))
			.contains("id=ptk_1", "customerId=cus_1", "label=March invoices", "token=[redacted]",
					"portalUrl=https://app.monigo.co/portal/[redacted]", "expiresAt=2026-04-01T00:00:00Z");
	}

}
