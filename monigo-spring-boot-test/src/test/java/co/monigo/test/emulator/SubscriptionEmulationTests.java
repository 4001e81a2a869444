package co.monigo.test.emulator;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.Plan;
import co.monigo.client.model.PlanType;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.SubscriptionFilter;
import co.monigo.client.model.SubscriptionStatus;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionEmulationTests extends EmulatorTestSupport {

	private Plan plan(String name, PlanType type) {
		return await(this.monigo.plans().create(CreatePlanRequest.of(name).withPlanType(type)));
	}

	private Subscription subscribe(Customer customer, Plan plan) {
		return await(this.monigo.subscriptions().create(CreateSubscriptionRequest.of(customer.id(), plan.id())));
	}

	@Test
	void newSubscriptionIsActiveForTheCurrentPeriod() {
		Customer ada = customer("ada");
		Plan plan = plan("Monthly", PlanType.COLLECTION);

		Subscription subscription = subscribe(ada, plan);

		assertThat(subscription.id()).matches(UUID_PATTERN);
		assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(subscription.currentPeriodStart()).isBefore(Instant.now());
		assertThat(subscription.currentPeriodEnd()).isAfter(Instant.now());
	}

	@Test
	void secondActiveCollectionSubscriptionOfACustomerIsAConflict() {
		Customer ada = customer("ada");
		subscribe(ada, plan("Basic", PlanType.COLLECTION));

		MonigoApiException conflict = failure(this.monigo.subscriptions()
			.create(CreateSubscriptionRequest.of(ada.id(), plan("Pro", PlanType.COLLECTION).id())));

		assertThat(conflict.isConflict()).isTrue();
		assertThat(conflict.serverMessage()).contains("collection");
	}

	@Test
	void payoutSubscriptionBesideACollectionOneIsAccepted() {
		Customer ada = customer("ada");
		subscribe(ada, plan("Basic", PlanType.COLLECTION));

		assertThat(subscribe(ada, plan("Vendor", PlanType.PAYOUT)).status()).isEqualTo(SubscriptionStatus.ACTIVE);
	}

	@Test
	void canceledSubscriptionMakesRoomForANewOneAndCanNoLongerChange() {
		Customer ada = customer("ada");
		Subscription first = subscribe(ada, plan("Basic", PlanType.COLLECTION));

		assertThat(await(this.monigo.subscriptions().cancel(first.id())).status()).isEqualTo(SubscriptionStatus.CANCELED);
		subscribe(ada, plan("Pro", PlanType.COLLECTION));
		assertThat(failure(this.monigo.subscriptions().resume(first.id())).isConflict()).isTrue();
	}

	@Test
	void pausedSubscriptionResumesUnlessAnotherBecameActive() {
		Customer ada = customer("ada");
		Subscription first = subscribe(ada, plan("Basic", PlanType.COLLECTION));

		assertThat(await(this.monigo.subscriptions().pause(first.id())).status()).isEqualTo(SubscriptionStatus.PAUSED);
		assertThat(await(this.monigo.subscriptions().resume(first.id())).status()).isEqualTo(SubscriptionStatus.ACTIVE);

		await(this.monigo.subscriptions().pause(first.id()));
		subscribe(ada, plan("Pro", PlanType.COLLECTION));
		assertThat(failure(this.monigo.subscriptions().resume(first.id())).isConflict()).isTrue();
	}

	@Test
	void subscriptionsAreFilteredByCustomerPlanAndStatus() {
		Customer ada = customer("ada");
		Customer bob = customer("bob");
		Plan basic = plan("Basic", PlanType.COLLECTION);
		Subscription adas = subscribe(ada, basic);
		Subscription bobs = subscribe(bob, basic);
		await(this.monigo.subscriptions().pause(bobs.id()));

		assertThat(all(this.monigo.subscriptions().list(SubscriptionFilter.all().withCustomerId(ada.id()))))
			.extracting(Subscription::id)
			.containsExactly(adas.id());
		assertThat(all(this.monigo.subscriptions().list(SubscriptionFilter.all().withPlanId(basic.id())))).hasSize(2);
		assertThat(all(this.monigo.subscriptions().list(SubscriptionFilter.all().withStatus(SubscriptionStatus.PAUSED))))
			.extracting(Subscription::id)
			.containsExactly(bobs.id());
	}

	@Test
	void subscriptionIsReadBackAndDeleted() {
		Subscription subscription = subscribe(customer("ada"), plan("Basic", PlanType.COLLECTION));

		assertThat(await(this.monigo.subscriptions().get(subscription.id()))).isEqualTo(subscription);
		await(this.monigo.subscriptions().delete(subscription.id()));
		assertThat(failure(this.monigo.subscriptions().get(subscription.id())).isNotFound()).isTrue();
	}

	@Test
	void subscriptionOfAnUnknownCustomerOrPlanIsNotFound() {
		Customer ada = customer("ada");
		Plan plan = plan("Basic", PlanType.COLLECTION);

		assertThat(failure(this.monigo.subscriptions().create(CreateSubscriptionRequest.of("cus_nobody", plan.id())))
			.isNotFound()).isTrue();
		assertThat(failure(this.monigo.subscriptions().create(CreateSubscriptionRequest.of(ada.id(), "plan_none")))
			.isNotFound()).isTrue();
	}

	@Test
	void statusChangeToAnUnknownStatusIsRefusedWithFieldDetails() {
		Subscription subscription = subscribe(customer("ada"), plan("Basic", PlanType.COLLECTION));

		RawResponse response = raw("PATCH", "/v1/subscriptions/" + subscription.id(), TEST_KEY,
				"{\"status\": \"frozen\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("details").has("status")).isTrue();
	}

}
