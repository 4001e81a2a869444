package co.monigo.client.service;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.SubscriptionFilter;
import co.monigo.client.model.SubscriptionStatus;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubscriptionServiceContractTest extends ContractTestSupport {

	private static final String SUBSCRIPTION = """
			{"id": "sub_1", "org_id": "org_1", "customer_id": "cus_1", "plan_id": "plan_1", "status": "active",
			 "current_period_start": "2026-02-01T00:00:00Z", "current_period_end": "2026-03-01T00:00:00Z",
			 "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-02T10:00:00Z",
			 "future_field": {"nested": true}}""";

	private static final String TRIALING_SUBSCRIPTION = """
			{"id": "sub_2", "org_id": "org_1", "customer_id": "cus_2", "plan_id": "plan_1", "status": "trialing",
			 "current_period_start": "2026-02-01T00:00:00Z", "current_period_end": "2026-03-01T00:00:00Z",
			 "trial_ends_at": "2026-02-15T00:00:00Z",
			 "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-01T10:00:00Z"}""";

	private static String envelope(String subscription) {
		return "{\"subscription\": " + subscription + "}";
	}

	private static String withStatus(String status) {
		return SUBSCRIPTION.replace("\"status\": \"active\"", "\"status\": \"" + status + "\"");
	}

	@Test
	void createPostsTheCustomerAndPlanAndReadsTheEnvelope() {
		wireMock.stubFor(post("/v1/subscriptions").willReturn(okJson(envelope(SUBSCRIPTION))));

		Subscription subscription = this.client.subscriptions()
			.create(CreateSubscriptionRequest.of("cus_1", "plan_1"))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/subscriptions")))
			.withRequestBody(equalToJson("{\"customer_id\": \"cus_1\", \"plan_id\": \"plan_1\"}")));
		assertThat(subscription).isEqualTo(new Subscription("sub_1", "org_1", "cus_1", "plan_1",
				SubscriptionStatus.ACTIVE, Instant.parse("2026-02-01T00:00:00Z"),
				Instant.parse("2026-03-01T00:00:00Z"), null, Instant.parse("2026-02-01T10:00:00Z"),
				Instant.parse("2026-02-02T10:00:00Z")));
	}

	@Test
	void createSendsTheCallersIdempotencyKey() {
		wireMock.stubFor(post("/v1/subscriptions").willReturn(okJson(envelope(SUBSCRIPTION))));

		this.client.subscriptions()
			.create(CreateSubscriptionRequest.of("cus_1", "plan_1"), RequestOptions.idempotencyKey("sub-cus_1"))
			.block(WAIT);

		wireMock.verify(postRequestedFor(urlEqualTo("/v1/subscriptions")).withHeader("Idempotency-Key",
				equalTo("sub-cus_1")));
	}

	@Test
	void createRequestNamesTheMissingWireField() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreateSubscriptionRequest.of(" ", "plan_1"))
			.withMessage("customer_id is required and must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateSubscriptionRequest.of("cus_1", null))
			.withMessage("plan_id is required and must not be blank");
	}

	@Test
	void listWithoutFilterSendsNoQueryAndReadsUnknownStatusesAsUnknown() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/subscriptions")).willReturn(
				okJson("{\"subscriptions\": [" + SUBSCRIPTION + ", " + TRIALING_SUBSCRIPTION + "], \"count\": 2}")));

		List<Subscription> subscriptions = this.client.subscriptions().list().collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/subscriptions"))));
		assertThat(subscriptions).extracting(Subscription::id).containsExactly("sub_1", "sub_2");
		assertThat(subscriptions).extracting(Subscription::status)
			.containsExactly(SubscriptionStatus.ACTIVE, SubscriptionStatus.UNKNOWN);
		assertThat(subscriptions.get(0).trialEndsAt()).isNull();
		assertThat(subscriptions.get(1).trialEndsAt()).isEqualTo(Instant.parse("2026-02-15T00:00:00Z"));
	}

	@Test
	void listSendsEverySetFilterEncodedAndTheStatusInLowerCase() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/subscriptions"))
			.willReturn(okJson("{\"subscriptions\": [" + withStatus("paused") + "], \"count\": 1}")));

		List<Subscription> subscriptions = this.client.subscriptions()
			.list(SubscriptionFilter.all()
				.withCustomerId("cus 1&plan_id=x")
				.withPlanId("plan_1")
				.withStatus(SubscriptionStatus.PAUSED))
			.collectList()
			.block(WAIT);

		wireMock.verify(reading(getRequestedFor(
				urlEqualTo("/v1/subscriptions?customer_id=cus%201%26plan_id%3Dx&plan_id=plan_1&status=paused"))));
		assertThat(subscriptions).singleElement()
			.extracting(Subscription::status)
			.isEqualTo(SubscriptionStatus.PAUSED);
	}

	@Test
	void listSendsOnlyTheFiltersThatAreSet() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/subscriptions"))
			.willReturn(okJson("{\"subscriptions\": [], \"count\": 0}")));

		List<Subscription> subscriptions = this.client.subscriptions()
			.list(SubscriptionFilter.all().withStatus(SubscriptionStatus.CANCELED))
			.collectList()
			.block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/subscriptions?status=canceled"))));
		assertThat(subscriptions).isEmpty();
	}

	@Test
	void filterRefusesTheUnknownStatus() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SubscriptionFilter.all().withStatus(SubscriptionStatus.UNKNOWN))
			.withMessageContaining("status");
	}

	@Test
	void getEncodesTheIdAsOnePathSegment() {
		wireMock.stubFor(get(urlEqualTo("/v1/subscriptions/sub%2F1")).willReturn(okJson(envelope(SUBSCRIPTION))));

		Subscription subscription = this.client.subscriptions().get("sub/1").block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/subscriptions/sub%2F1"))));
		assertThat(subscription.id()).isEqualTo("sub_1");
		assertThat(subscription.currentPeriodEnd()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
	}

	@Test
	void pausePatchesTheStatusToPaused() {
		wireMock.stubFor(patch(urlEqualTo("/v1/subscriptions/sub_1")).willReturn(okJson(envelope(withStatus("paused")))));

		Subscription subscription = this.client.subscriptions().pause("sub_1").block(WAIT);

		wireMock.verify(mutatingWithBody(patchRequestedFor(urlEqualTo("/v1/subscriptions/sub_1")))
			.withRequestBody(equalToJson("{\"status\": \"paused\"}")));
		assertThat(subscription.status()).isEqualTo(SubscriptionStatus.PAUSED);
	}

	@Test
	void resumePatchesTheStatusToActive() {
		wireMock.stubFor(patch(urlEqualTo("/v1/subscriptions/sub_1")).willReturn(okJson(envelope(SUBSCRIPTION))));

		Subscription subscription = this.client.subscriptions().resume("sub_1").block(WAIT);

		wireMock.verify(mutatingWithBody(patchRequestedFor(urlEqualTo("/v1/subscriptions/sub_1")))
			.withRequestBody(equalToJson("{\"status\": \"active\"}")));
		assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
	}

	@Test
	void cancelPatchesTheStatusToCanceled() {
		wireMock.stubFor(
				patch(urlEqualTo("/v1/subscriptions/sub_1")).willReturn(okJson(envelope(withStatus("canceled")))));

		Subscription subscription = this.client.subscriptions().cancel("sub_1").block(WAIT);

		wireMock.verify(mutatingWithBody(patchRequestedFor(urlEqualTo("/v1/subscriptions/sub_1")))
			.withRequestBody(equalToJson("{\"status\": \"canceled\"}")));
		assertThat(subscription.status()).isEqualTo(SubscriptionStatus.CANCELED);
	}

	@Test
	void updateStatusPatchesTheGivenStatusWithTheCallersIdempotencyKey() {
		wireMock.stubFor(
				patch(urlEqualTo("/v1/subscriptions/sub_1")).willReturn(okJson(envelope(withStatus("expired")))));

		Subscription subscription = this.client.subscriptions()
			.updateStatus("sub_1", SubscriptionStatus.PAUSED, RequestOptions.idempotencyKey("pause-sub_1"))
			.block(WAIT);

		wireMock.verify(patchRequestedFor(urlEqualTo("/v1/subscriptions/sub_1"))
			.withHeader("Idempotency-Key", equalTo("pause-sub_1"))
			.withRequestBody(equalToJson("{\"status\": \"paused\"}")));
		assertThat(subscription.status()).isEqualTo(SubscriptionStatus.UNKNOWN);
	}

	@Test
	void updateStatusRefusesTheUnknownStatusWithoutCallingTheServer() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.subscriptions().updateStatus("sub_1", SubscriptionStatus.UNKNOWN))
			.withMessageContaining("status");

		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void deleteSendsNoBodyAndNoIdempotencyKey() {
		wireMock.stubFor(delete("/v1/subscriptions/sub_1").willReturn(aResponse().withStatus(204)));

		this.client.subscriptions().delete("sub_1").block(WAIT);

		wireMock.verify(reading(deleteRequestedFor(urlEqualTo("/v1/subscriptions/sub_1")))
			.withHeader("Content-Type", absent()));
	}

}
