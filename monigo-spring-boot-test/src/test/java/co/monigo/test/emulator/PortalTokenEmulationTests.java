package co.monigo.test.emulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import co.monigo.client.model.CreatePortalTokenRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.PortalToken;

import static org.assertj.core.api.Assertions.assertThat;

class PortalTokenEmulationTests extends EmulatorTestSupport {

	private static int open(PortalToken token) {
		return raw("GET", token.portalUrl().substring(emulator.baseUrl().length()), null, null).status();
	}

	@Test
	void tokenIs64LowercaseHexCharactersAndItsUrlCarriesIt() {
		Customer ada = customer("ada");

		PortalToken token = await(
				this.monigo.portalTokens().create(CreatePortalTokenRequest.of("ada").withLabel("Billing page")));

		assertThat(token.id()).matches(UUID_PATTERN);
		assertThat(token.customerId()).isEqualTo(ada.id());
		assertThat(token.token()).matches("[0-9a-f]{64}");
		assertThat(token.portalUrl()).startsWith(emulator.baseUrl() + "/portal/").contains(token.token());
		assertThat(token.label()).isEqualTo("Billing page");
		assertThat(token.revokedAt()).isNull();
	}

	@Test
	void portalOpensWithAValidTokenAndAnswers401OnceItIsRevoked() {
		customer("ada");
		PortalToken token = await(this.monigo.portalTokens().create(CreatePortalTokenRequest.of("ada")));

		assertThat(open(token)).isEqualTo(200);
		await(this.monigo.portalTokens().revoke(token.id()));
		assertThat(open(token)).isEqualTo(401);
	}

	@Test
	void portalRefusesAnExpiredToken() {
		customer("ada");
		PortalToken token = await(this.monigo.portalTokens()
			.create(CreatePortalTokenRequest.of("ada").withExpiresAt(Instant.now().minus(1, ChronoUnit.MINUTES))));

		assertThat(open(token)).isEqualTo(401);
	}

	@Test
	void portalRefusesATokenNeverIssued() {
		assertThat(raw("GET", "/portal/" + "0".repeat(64), null, null).status()).isEqualTo(401);
	}

	@Test
	void tokensAreListedByCustomerIdOrExternalIdWithoutTheRevokedOnes() {
		Customer ada = customer("ada");
		PortalToken kept = await(this.monigo.portalTokens().create(CreatePortalTokenRequest.of("ada")));
		PortalToken revoked = await(this.monigo.portalTokens().create(CreatePortalTokenRequest.of("ada")));
		await(this.monigo.portalTokens().revoke(revoked.id()));

		assertThat(all(this.monigo.portalTokens().list(ada.id()))).extracting(PortalToken::id).containsExactly(kept.id());
		assertThat(all(this.monigo.portalTokens().list("ada"))).extracting(PortalToken::id).containsExactly(kept.id());
	}

	@Test
	void tokenForAnUnknownExternalIdIsNotFound() {
		assertThat(failure(this.monigo.portalTokens().create(CreatePortalTokenRequest.of("nobody"))).isNotFound()).isTrue();
	}

	@Test
	void revokingAnUnknownTokenIsNotFound() {
		assertThat(failure(this.monigo.portalTokens().revoke("ptk_none")).isNotFound()).isTrue();
	}

}
